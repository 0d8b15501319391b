import { describe, expect, it } from 'vitest';
import { classifyCredit, licenceName, partnerNamed, partnerNote } from '../../../src/lib/ingest/credits.ts';

describe('licenceName', () => {
  it('shortens Creative Commons sentences to the licence’s short name', () => {
    expect(licenceName('This article is licensed under a Creative Commons Attribution 4.0 International License.')).toBe('CC BY 4.0');
    expect(licenceName('Licensed under Creative Commons Attribution-ShareAlike 3.0 Unported licence')).toBe('CC BY-SA 3.0');
    expect(licenceName('Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International License')).toBe('CC BY-NC-ND 4.0');
    expect(licenceName('Creative Commons Zero license')).toBe('CC0 1.0');
  });

  it('keeps other licences as written, without the closing full stop', () => {
    expect(licenceName('© 2024 Harbour Times. All rights reserved.')).toBe('© 2024 Harbour Times. All rights reserved');
    expect(licenceName('')).toBe('');
  });
});

describe('classifyCredit', () => {
  // Found in a forum's quotation: "©" opening the line was never matched, for want of a word boundary before it.
  it('reads a copyright line opening with © or (c) and a year, and no "(c)" in prose', () => {
    expect(classifyCredit('© 2025 The Capital Observer.')).toMatchObject({ kind: 'license', outlet: 'The Capital Observer' });
    expect(classifyCredit('(c) 2026 Harbour Post')).toMatchObject({ kind: 'license', outlet: 'Harbour Post' });
    expect(classifyCredit('Option (c) 50 cents was cheapest.')).toBeNull();
  });

  it('reads a licence line and the owner it names', () => {
    expect(classifyCredit('Content by Valley Post is licensed under a Creative Commons Attribution 4.0 International License.')).toEqual({
      kind: 'license',
      license: 'CC BY 4.0',
      outlet: 'Valley Post',
    });
    expect(classifyCredit('© 2023 Harbour Times. All rights reserved.')).toEqual({
      kind: 'license',
      license: '© 2023 Harbour Times. All rights reserved',
      outlet: 'Harbour Times',
    });
    // The sign as plain text writes it (a text-mode browser's dump).
    expect(classifyCredit('(c) 2026 The Arctic Ledger. All rights reserved.')).toMatchObject({ kind: 'license', outlet: 'The Arctic Ledger' });
  });

  it('reads "contributed to this report" and "reporting by" lines as credits', () => {
    expect(classifyCredit('Photos by Oskar Lind. Want to help with next year’s count? Email the group.')).toEqual({ kind: 'credit' });
    expect(classifyCredit('Reuters contributed to this report.')).toEqual({ kind: 'credit' });
    expect(classifyCredit('Additional reporting by Lena Park in Seoul')).toEqual({ kind: 'credit' });
    expect(classifyCredit('Editing by Tom Hale')).toEqual({ kind: 'credit' });
    // A wire's contact line for the writer, in double brackets.
    expect(classifyCredit('((rhea.mistry@kxn.example; +44 20 7555 0100))')).toEqual({ kind: 'credit' });
    expect(classifyCredit('((see earlier story))')).toBeNull();
  });

  it('reads a one-sentence author bio, with follow-on sentences about the same person', () => {
    expect(classifyCredit('Amira Saleh is a correspondent for the Coast Herald in Cairo.')).toEqual({ kind: 'author-bio', author: 'Amira Saleh' });
    expect(classifyCredit('Mere Tauroa is the Ledger’s local government reporter. Got a tip? Email mere@example.org.')).toEqual({ kind: 'author-bio', author: 'Mere Tauroa' });
    expect(classifyCredit('José Núñez covers energy at the Valley Post. He previously reported from Lagos.')).toEqual({ kind: 'author-bio', author: 'José Núñez' });
  });

  it('reads a bio that names the writer’s job without saying where', () => {
    expect(classifyCredit('Lena Park is the Herald’s environment reporter. She has covered water since 2017. Follow her on X at @lpark.')).toEqual({ kind: 'author-bio', author: 'Lena Park' });
    expect(classifyCredit('Tom Hale is a contributing editor.')).toEqual({ kind: 'author-bio', author: 'Tom Hale' });
    expect(classifyCredit('Tom Hale is a keen sailor.')).toBeNull();
    expect(classifyCredit('Rachel Donnelly covers city government for the Northfield Courier. Reach her at rd@example.org or 555-0142.')).toEqual({ kind: 'author-bio', author: 'Rachel Donnelly' });
    expect(classifyCredit('Reach her at rd@example.org or 555-0142.')).toEqual({ kind: 'credit' });
    expect(classifyCredit('About the author: Tarek Mansour covers diplomacy for the Courier. He has reported from Gaza.')).toEqual({ kind: 'author-bio', author: 'Tarek Mansour' });
    // Two writers' bios in one paragraph.
    expect(classifyCredit('Ana Ruiz is The Daily Ledger’s Andes correspondent, based in Lima. Tom Ashe is an editor on the World desk.')).toEqual({ kind: 'author-bio', author: 'Ana Ruiz' });
  });

  it('does not take a bio-shaped first sentence followed by unrelated prose for a bio', () => {
    expect(classifyCredit('Amira Saleh is a correspondent for the Coast Herald in Cairo. The talks resume on Monday.')).toBeNull();
    expect(classifyCredit('Amira Saleh is a correspondent for the Coast Herald in Cairo. Talks with the union resume on Monday.')).toBeNull();
  });

  it('leaves ordinary prose, empty lines and very long lines alone', () => {
    expect(classifyCredit('The minister said the talks would resume on Monday.')).toBeNull();
    expect(classifyCredit('')).toBeNull();
    expect(classifyCredit('   ')).toBeNull();
    expect(classifyCredit(`All rights reserved ${'word '.repeat(60)}`)).toBeNull();
  });
});

describe('translation notes', () => {
  it('reads a note of how the text was translated as a credit, not prose that mentions a translation', () => {
    expect(classifyCredit('This article was translated from German with the help of artificial intelligence and checked by an editor. Read the German original')).toEqual({ kind: 'credit' });
    expect(classifyCredit('Translated by Ana Ruiz')).toEqual({ kind: 'credit' });
    expect(classifyCredit('This is an English version of an article that originally appeared in the Japanese edition of The Kansai Herald.')).toEqual({ kind: 'credit' });
    // A blog's feed footer, and not a sentence about a post.
    expect(classifyCredit('The post Dauphin council approves $38.4M water plant rebuild appeared first on Westman Ledger.')).toEqual({ kind: 'credit' });
    expect(classifyCredit('The post office appeared first on the list of closures.')).toBeNull();
    expect(classifyCredit('(Translated from the Persian by the desk.)')).toEqual({ kind: 'credit' });
    expect(classifyCredit('The report was leaked to reporters and later translated into six languages by volunteers.')).toBeNull();
    expect(classifyCredit('Translators said the contract had been translated badly.')).toBeNull();
  });
});

describe('partner notes', () => {
  it('knows a short note naming the newsroom a story was made with, a credit', () => {
    expect(partnerNote('In partnership with High Plains Current')).toBe(true);
    expect(partnerNote('This story was produced in collaboration with the Coastal Ledger.')).toBe(true);
    expect(classifyCredit('In partnership with High Plains Current')).toEqual({ kind: 'credit' });
    expect(partnerNote('The city worked in partnership with three unions for a decade to rebuild the harbour, the mayor said on Monday at a packed meeting of the council.')).toBe(false);
  });

  it('says whether credit lines name a byline’s part as the partner or first publisher', () => {
    const credits = ['In partnership with High Plains Current', 'This story was originally published by High Plains Current, a nonprofit newsroom.'];
    expect(partnerNamed('High Plains Current', credits)).toBe(true);
    expect(partnerNamed('Dana Whitcomb', credits)).toBe(false);
    // "Reporting by" names a person who reported, not a partner.
    expect(partnerNamed('Jo Roe', ['Additional reporting by Jo Roe.'])).toBe(false);
    expect(partnerNamed('High Plains', credits)).toBe(true);
  });
});

/**
 * The fields of a sea-time confirmation pasted into one message: only after a label, names as
 * written, and whether the signer is the seafarer when both names are given.
 */
import { describe, expect, it } from 'vitest';
import { confirmationFields } from '../../understanding/confirmation-fields.js';

const ROLES = ['company-representative', 'master', 'owner', 'co-owner', 'accountant', 'auditor', 'other'];
const fieldsOf = (text: string) =>
  Object.fromEntries(confirmationFields(text, ROLES).map((f) => [f.key, f.value] as const));

describe('the fields of a pasted sea-time confirmation', () => {
  it('«Gjelder EU ETS (kvotesystemet) …» names no seafarer: «gjelder» names one only with a birth date after the name', () => {
    expect(fieldsOf('Gjelder EU ETS (kvotesystemet) for fiskefartøy?').seafarerName).toBeUndefined();
  });
  it.each([
    {
      name: '«Gjelder Lars Berg, født …» names the seafarer without «Gjelder» (round 50)',
      text: 'Kan du sjekke denne fartstidsbekreftelsen? Gjelder Lars Berg, født 14.07.1992, matros på MS Fjord.',
      expected: { seafarerName: 'Lars Berg', position: 'matros', vesselName: 'MS Fjord' },
    },
    {
      name: 'an English confirmation: name, vessel with its call sign, signer with role (another person)',
      text: 'Name Juan Dela Cruz, born 12.05.1990, ordinary seaman, MV Nordlys LJKQ, LOA 45 m, signed by Ole Hansen, master.',
      expected: {
        seafarerName: 'Juan Dela Cruz',
        // Round 23: a position as an item between commas.
        position: 'ordinary seaman',
        vesselName: 'MV Nordlys',
        callSign: 'LJKQ',
        signerName: 'Ole Hansen',
        signerRole: 'master',
        signerIsSeafarer: false,
      },
    },
    {
      name: 'a bokmål confirmation with labels, signed by the seafarer himself',
      text: 'Navn: Ola Nordmann, født 12.03.1990. Stilling: lettmatros. Fartøy: MS Fjordbris, kallesignal LK1234. Signert av Ola Nordmann, daglig leder.',
      expected: {
        seafarerName: 'Ola Nordmann',
        position: 'lettmatros',
        vesselName: 'MS Fjordbris',
        callSign: 'LK1234',
        signerName: 'Ola Nordmann',
        // «daglig leder»: the company's managing director, on its behalf (round 5)
        signerRole: 'company-representative',
        signerIsSeafarer: true,
      },
    },
    {
      name: 'an English confirmation in prose: "confirm that …", "has served as …", "Signed: …, daglig leder" (round 5 F18)',
      text: 'This is to confirm that Jonas Berg, born 12.04.1998, has served as lettmatros on board MS Vestfjord (call sign LM4512, LOA 22 m).\nSigned: Kari Holm, daglig leder, Vestfjord Sjø AS',
      expected: {
        seafarerName: 'Jonas Berg',
        position: 'lettmatros',
        vesselName: 'MS Vestfjord',
        callSign: 'LM4512',
        signerName: 'Kari Holm',
        signerRole: 'company-representative',
        signerIsSeafarer: false,
      },
    },
    {
      name: '«signert av meg selv Ola Nilsen som eier»: the seafarer signs it himself (the words pointing to oneself are no name)',
      text: 'Navn Ola Nilsen, matros på MS Fjordgutt, signert av meg selv Ola Nilsen som eier',
      expected: {
        seafarerName: 'Ola Nilsen',
        // Round 25: a position as an item, before the vessel it was served on.
        position: 'matros',
        vesselName: 'MS Fjordgutt',
        signerName: 'Ola Nilsen',
        signerIsSeafarer: true,
      },
    },
    {
      name: "«signert av Per Hansen som eier»: the signer's name ends before the lower-case words after it, which say the role",
      text: 'Navn Ola Nilsen, signert av Per Hansen som eier',
      expected: { seafarerName: 'Ola Nilsen', signerName: 'Per Hansen', signerRole: 'owner', signerIsSeafarer: false },
    },
    {
      name: '«signert av meg» without a name says nothing of who signs',
      text: 'Navn Kari Nordmann, signert av meg',
      expected: { seafarerName: 'Kari Nordmann' },
    },
    {
      name: '"I am the master, name Per Olsen" beside "my deckhand Juan Cruz born …": the writer signs, the one born is the seafarer',
      text: 'I need to write sea time confirmation for my deckhand Juan Cruz born 3.4.1995, he was on MV Nordlys (call sign LNOR5, 32 m). I am the master, name Per Olsen.',
      expected: {
        seafarerName: 'Juan Cruz',
        vesselName: 'MV Nordlys',
        callSign: 'LNOR5',
        signerName: 'Per Olsen',
        signerRole: 'master',
        signerIsSeafarer: false,
      },
    },
    {
      name: '«Eg er skipper Per Olsen»: the writer signs as master',
      text: 'Eg er skipper Per Olsen og skal skrive fartstidsattest for matrosen min Ola Li, fødd 2.3.1999',
      expected: { seafarerName: 'Ola Li', signerName: 'Per Olsen', signerRole: 'master', signerIsSeafarer: false },
    },
    {
      name: '"I am the master of the vessel" names no signer',
      text: 'I am the master of the vessel and want to confirm sea time',
      expected: {},
    },
    {
      name: '«kallesignalet er feil, det er LABC4», "the call sign should be LNOR5": the call sign a few words after its label',
      text: 'kallesignalet er feil, det er LABC4',
      expected: { callSign: 'LABC4' },
    },
    {
      name: '"the call sign should be LNOR5 not LNOR4": the first code written',
      text: 'the call sign should be LNOR5 not LNOR4',
      expected: { callSign: 'LNOR5' },
    },
    {
      name: '"seaman Jan Kowalski (dob 04.11.1990) … Signed by me, Agnieszka Wiśniewska": the name before a bracketed birth date, the signer after "me,"',
      text: 'seaman Jan Kowalski (dob 04.11.1990) who served as matros on MV Nordkyst (call sign LAXY7, LOA 78 m). Signed by me, Agnieszka Wiśniewska.',
      expected: {
        seafarerName: 'Jan Kowalski',
        position: 'matros',
        vesselName: 'MV Nordkyst',
        callSign: 'LAXY7',
        signerName: 'Agnieszka Wiśniewska',
        signerIsSeafarer: false,
      },
    },
    {
      name: '"I sign, Kari Nilsen, daglig leder of Havørn AS": the writer signs, as the company\'s representative',
      text: 'I sign, Kari Nilsen, daglig leder of Havørn AS',
      expected: { signerName: 'Kari Nilsen', signerRole: 'company-representative' },
    },
    {
      name: '"Captain Nils Berg will sign", "signed by our revisor Per Olsen": the role before the name',
      text: 'Captain Nils Berg will sign',
      expected: { signerName: 'Nils Berg', signerRole: 'master' },
    },
    {
      name: '"signed by our revisor Per Olsen": "our" before the role',
      text: 'signed by our revisor Per Olsen',
      expected: { signerName: 'Per Olsen', signerRole: 'auditor' },
    },
    {
      name: 'a question about who may sign holds no fields',
      text: 'Kan kapteinen signere fartstidsattesten min?',
      expected: {},
    },
  ])('$name', ({ text, expected }) => {
    expect(fieldsOf(text)).toEqual(expected);
  });
});

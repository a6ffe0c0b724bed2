/**
 * What a ship's cook must have — kvalifikasjonsforskriften (FOR-2011-12-22-1523) § 52 (seed 003).
 *
 * (1) The cook must be at least 18 and have education and training relevant to the position.
 * (2) Relevant education is the restaurant and food programme (or equivalent recognised abroad),
 *     provided a practical test has been passed.
 * (3) Where the safe manning is fewer than 10 (or, without a safe manning set, the crew), the company
 *     may use a person without that education if it documents a check of the person's cooking
 *     skills (cooking, nutrition, food hygiene including handling and storage).
 */
import { fact } from './facts.js';
import { defineRule, missingOf, need, num } from './rule.js';
import { cite } from './sources.js';
import { limit } from './thresholds.js';

type Facts = {
  age: number;
  hasRelevantEducation: boolean;
  passedPracticalTest: boolean;
  crewSize: number;
  documentedSkillsCheck: boolean;
};

export const cookQualification = defineRule<Facts>({
  id: 'cook-qualification',
  topic: 'cook.qualification',
  title: {
    nb: 'Kvalifikasjonskrav til skipskokk',
    nn: 'Kvalifikasjonskrav til skipskokk',
    en: "Qualifications of a ship's cook",
  },
  summary: {
    nb: 'Avgjør om en person kan tjenestegjøre som skipskokk: fylt 18 år, og enten relevant utdanning (restaurant- og matfag eller tilsvarende) med bestått praktisk prøve, eller – når sikkerhetsbemanningen (eller bemanningen) er færre enn 10 – en utsjekk av kokkeferdighetene som rederiet har dokumentert.',
    nn: 'Avgjer om ein person kan tenestegjere som skipskokk: fylt 18 år, og anten relevant utdanning (restaurant- og matfag eller tilsvarande) med bestått praktisk prøve, eller – når sikkerheitsbemanninga (eller bemanninga) er færre enn 10 – ein sjekk av kokkeferdigheitene som reiarlaget har dokumentert.',
    en: "Decides whether a person may serve as ship's cook: aged 18 or more, and either relevant education (restaurant and food programme or equivalent) with a passed practical test, or — where the safe manning (or crew) is fewer than 10 — a check of cooking skills documented by the company.",
  },
  facts: [
    fact('age'),
    fact('hasRelevantEducation'),
    fact('passedPracticalTest'),
    fact('crewSize'),
    fact('documentedSkillsCheck'),
  ],
  outcomes: ['qualified', 'not-qualified'],
  thresholds: ['cookMinAge', 'cookSkillsCheckMaxCrewExclusive'],
  citations: [cite('qualificationRegulations', '§ 52'), cite('sdirManningFaq')],
  evaluate(f) {
    const minAge = limit('cookMinAge');
    if (f.age !== undefined && f.age < minAge) {
      const a = num(f.age);
      return {
        outcome: 'not-qualified',
        reasons: [
          {
            nb: `En skipskokk må ha fylt ${minAge} år; oppgitt alder er ${a.nb} år.`,
            nn: `Ein skipskokk må ha fylt ${minAge} år; oppgitt alder er ${a.nn} år.`,
            en: `A ship's cook must be at least ${minAge}; the age given is ${a.en}.`,
          },
        ],
      };
    }
    const ageOk = (age: number) => ({
      nb: `Alderen (${num(age).nb} år) oppfyller kravet om fylte ${minAge} år.`,
      nn: `Alderen (${num(age).nn} år) oppfyller kravet om å ha fylt ${minAge} år.`,
      en: `The age (${num(age).en}) meets the minimum of ${minAge}.`,
    });
    if (f.hasRelevantEducation === true && f.passedPracticalTest === true) {
      const g = need(f, 'age');
      if (!g.ok) return g;
      return {
        outcome: 'qualified',
        values: { basis: 'education' },
        reasons: [
          ageOk(g.facts.age),
          {
            nb: 'Relevant utdanning med bestått praktisk prøve oppfyller utdanningskravet.',
            nn: 'Relevant utdanning med bestått praktisk prøve oppfyller utdanningskravet.',
            en: 'Relevant education with a passed practical test meets the education requirement.',
          },
        ],
      };
    }
    // Each route is met (true), closed (false) or still open (undefined); only open routes are asked
    // about. A failed practical test closes the education route whatever the education (§ 52 second
    // paragraph); a crew of 10 or more, or no documented check, closes the skills-check route.
    const maxCrew = limit('cookSkillsCheckMaxCrewExclusive');
    const educationRoute = f.hasRelevantEducation === false || f.passedPracticalTest === false ? false : undefined;
    const skillsRoute =
      (f.crewSize !== undefined && f.crewSize >= maxCrew) || f.documentedSkillsCheck === false
        ? false
        : f.crewSize !== undefined && f.documentedSkillsCheck === true
          ? true
          : undefined;
    const noEducation =
      f.hasRelevantEducation !== false
        ? {
            nb: 'Utdanningen gir ikke grunnlag alene uten bestått praktisk prøve.',
            nn: 'Utdanninga gir ikkje grunnlag åleine utan bestått praktisk prøve.',
            en: 'The education does not qualify on its own without a passed practical test.',
          }
        : {
            nb: 'Uten relevant utdanning må rederiet i stedet dokumentere en utsjekk av kokkeferdighetene.',
            nn: 'Utan relevant utdanning må reiarlaget i staden dokumentere ein sjekk av kokkeferdigheitene.',
            en: 'Without relevant education, the company must instead document a check of cooking skills.',
          };
    if (educationRoute === false && skillsRoute === false) {
      return f.crewSize !== undefined && f.crewSize >= maxCrew
        ? {
            outcome: 'not-qualified',
            reasons: [
              noEducation,
              {
                nb: `Utsjekk i stedet for utdanning er bare tillatt når sikkerhetsbemanningen er færre enn ${maxCrew}; her er den ${num(f.crewSize).nb}.`,
                nn: `Sjekk av kokkeferdigheitene i staden for utdanning er berre tillaten når sikkerheitsbemanninga er færre enn ${maxCrew}; her er ho ${num(f.crewSize).nn}.`,
                en: `A skills check instead of education is allowed only when the safe manning is fewer than ${maxCrew}; here it is ${num(f.crewSize).en}.`,
              },
            ],
          }
        : {
            outcome: 'not-qualified',
            reasons: [
              noEducation,
              {
                nb: 'Det foreligger ingen dokumentert utsjekk av kokkeferdighetene.',
                nn: 'Det ligg ikkje føre nokon dokumentert sjekk av kokkeferdigheitene.',
                en: 'There is no documented check of cooking skills.',
              },
            ],
          };
    }
    if (skillsRoute === true) {
      const g = need(f, 'age', 'crewSize');
      if (!g.ok) return g;
      const crew = num(g.facts.crewSize);
      return {
        outcome: 'qualified',
        values: { basis: 'skills-check' },
        reasons: [
          ageOk(g.facts.age),
          ...(educationRoute === false ? [noEducation] : []),
          {
            nb: `Sikkerhetsbemanningen (${crew.nb}) er færre enn ${maxCrew}, og rederiet har dokumentert utsjekk av kokkeferdighetene (matlaging, ernæring og mathygiene).`,
            nn: `Sikkerheitsbemanninga (${crew.nn}) er færre enn ${maxCrew}, og reiarlaget har dokumentert ein sjekk av kokkeferdigheitene (matlaging, ernæring og mathygiene).`,
            en: `The safe manning (${crew.en}) is fewer than ${maxCrew}, and the company has documented a check of cooking skills (cooking, nutrition and food hygiene).`,
          },
        ],
      };
    }
    return {
      needs: missingOf(
        f,
        'age',
        ...(educationRoute === undefined ? (['hasRelevantEducation', 'passedPracticalTest'] as const) : []),
        ...(skillsRoute === undefined ? (['crewSize', 'documentedSkillsCheck'] as const) : []),
      ),
    };
  },
});

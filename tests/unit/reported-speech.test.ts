import { describe, expect, it } from 'vitest';
import { reportedContent } from '../../src/lib/claims/reported-speech.ts';

describe('what a sentence reports someone said', () => {
  it.each([
    [
      'Der Minister erklärte am Montag, dass die Regierung neue Schulen bauen werde.',
      'die Regierung neue Schulen bauen werde',
    ],
    ['Die Polizei teilte mit, dass zwei Männer festgenommen wurden.', 'zwei Männer festgenommen wurden'],
    ['Der Sprecher sagte, die Verhandlungen seien gescheitert.', 'die Verhandlungen seien gescheitert'],
    [
      'Die Verhandlungen seien gescheitert, sagte ein Sprecher des Ministeriums.',
      'Die Verhandlungen seien gescheitert',
    ],
    [
      'Agenturen zufolge, dass der Gipfel verschoben werde, berichtete die Zeitung am Abend.',
      'der Gipfel verschoben werde',
    ],
    [
      'Der Minister sagte, der Ort sei gewählt worden, weil dort gebaut werde, berichtete Reuters.',
      'der Ort sei gewählt worden, weil dort gebaut werde',
    ],
  ])('%s → %s', (sentence, content) => {
    expect(reportedContent(sentence)).toBe(content);
  });

  it.each([
    ['a sentence without a report', 'Die Regierung baut neue Schulen.'],
    ['a denied report', 'Ich habe nie gesagt, dass die Regierung neue Schulen baut.'],
    ['a report that is not made', 'Der Minister erklärte nicht, dass die Regierung neue Schulen baue.'],
    ['a question', 'Sagte der Minister, dass die Regierung neue Schulen baut?'],
    ['a reported question', 'Der Minister sagte, ob die Regierung neue Schulen baue, sei offen.'],
    ['a report about its speaker', 'Der Minister sagte, er werde neue Schulen bauen.'],
    ['a belief, not a report', 'Experten vermuten, dass die Regierung neue Schulen baut.'],
    [
      'a long clause before the comma',
      'Nach einer langen Sitzung am Montagabend im Ministerium in der Hauptstadt der Region erklärte der Minister, dass gebaut werde.',
    ],
  ])('none for %s', (_, sentence) => {
    expect(reportedContent(sentence)).toBeUndefined();
  });
});

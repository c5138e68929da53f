import { describe, expect, it } from 'vitest';
import { cueSpeaker } from './script-cues.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('cueSpeaker: who a script’s clip cue names', () => {
  it('reads a sound bite’s cue, a voice note’s label and a Dari clip line', () => {
    expect(cueSpeaker('[SOT — ROYA AMIRI, BEEKEEPER] (in Uzbek, translated)')).toEqual({
      name: 'Roya Amiri',
      role: 'BEEKEEPER',
    });
    expect(cueSpeaker('Clip 4 – Dawood Sharifi (ferryman) – 09:12')).toEqual({
      name: 'Dawood Sharifi',
      role: 'ferryman',
    });
    expect(cueSpeaker('صدا – نجیبه کریمی، معلم مکتب:')).toEqual({ name: 'نجیبه کریمی', role: 'معلم مکتب' });
    expect(cueSpeaker('کلیپ ۳ – یک چوپان در دره – ۰۷:۴۵')?.name).toBe('یک چوپان در دره');
  });

  it('leaves natural sound, a reporter’s sentence and a long line alone', () => {
    expect(cueSpeaker('[NAT SOT — sheep crossing the bridge]')).toBeNull();
    expect(cueSpeaker('Audio recordings show the ferry left late, the captain said.')).toBeNull();
    expect(cueSpeaker(`SOT — ${'Name '.repeat(40)}`)).toBeNull();
  });
});

describe('cueClips: the words under a cue are the cue’s speaker’s', () => {
  it('gives a TV script’s sound bites to the people its SOT cues name, not the voice-over', () => {
    const story = ingestUnderHeadline([
      '[VO — REPORTER]',
      'The honey market opens at dawn, and the first jars are gone by nine.',
      '[SOT — ROYA AMIRI, BEEKEEPER] (in Uzbek, translated)',
      'My bees flew twice as far this spring because the almond trees flowered late.',
      '[VO — REPORTER]',
      'Buyers come from three provinces for the dark mountain honey.',
      '[SOT — KARIM ZAHEDI, TRADER]',
      'I pay more for it every year and still sell it the same week.',
      '[END PKG]',
    ]);
    expect(speakerOf(story, 'twice as far this spring')).toBe('Roya Amiri');
    expect(speakerOf(story, 'still sell it the same week')).toBe('Karim Zahedi');
    expect(story.quotes.some((q) => q.text.includes('dark mountain honey'))).toBe(false);
  });

  it('gives each Dari voice note to its label, described or named, with what they repeat kept inside', () => {
    const story = ingestUnderHeadline([
      'کلیپ ۱ – نوید – ۰۸:۱۰\nسلام، تازه به پل رسیدم. آب هنوز بالاست و موترها ایستاده‌اند.',
      'کلیپ ۲ – یک چوپان در دره – ۰۹:۰۵\n[صدای باد در پس‌زمینه.]\nگوسفندهای ما دو روز است علف ندیده‌اند.',
      'کلیپ ۳ – نوید – ۰۹:۴۰\nیک دکاندار به من گفت «نرخ آرد دو برابر شده است» و بعد دکانش را بست.',
    ]);
    expect(speakerOf(story, 'تازه به پل رسیدم')).toBe('نوید');
    expect(speakerOf(story, 'علف ندیده‌اند')).toBe('یک چوپان');
    expect(speakerOf(story, 'نرخ آرد دو برابر')).not.toBe('نوید');
  });

  it('gives a radio clip’s quotation to the person its «صدا –» line names', () => {
    const story = ingestUnderHeadline([
      'گوینده: در تالقان نرخ هیزم بالا رفته است. یک فروشنده در بازار از کمبود چوب گفت.',
      'صدا – یک فروشنده در بازار:\n«امسال چوب از کوه کم آمد و هر سیر را گران‌تر می‌خریم.»',
      'گوینده: نرخ زغال نیز بالا رفته است.',
    ]);
    expect(speakerOf(story, 'چوب از کوه کم آمد')).toBe('یک فروشنده');
  });
});

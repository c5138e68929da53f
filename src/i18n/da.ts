import { toJalaali } from 'jalaali-js';
import { dateParts, type MessageKey } from './en.ts';
import type { Catalog } from './types.ts';

// The interface in Dari, as Afghan readers write it (ولایت، ولسوالی، حمل…حوت), loaded only when Dari is
// chosen: its own chunk, so an English reader never downloads it. After a numeral a Dari noun stays
// singular (۳ بند), so the counts need no plural forms. Proper names that have no Dari form (AGCHO,
// MapLibre) are parameters, set apart in the page.

export const messages: Record<MessageKey, string> = {
  'app.name': 'اطلس شمال',
  'app.region': 'شمال افغانستان',
  'app.loading': 'نقشه و گزارش باز می‌شود…',
  'app.mapRegion': 'نقشهٔ شمال افغانستان',

  'lang.group': 'زبان',
  'lang.dariHint': '',

  'header.original': 'خواندن متن اصلی گزارش',

  'kind.province': 'ولایت',
  'kind.district': 'ولسوالی',
  'kind.country': 'کشور',
  'kind.pin': 'جای نشانی‌شده',
  'kind.in': '{kind} در ولایت {province}',

  'count.passages': '{count} بند',
  'count.quotes': '{count} نقل قول',
  'count.both': '{passages} · {quotes}',
  'count.list': '{passages}، {quotes}',

  'panel.overviewTitle': 'گزارش را جای به جای بخوانید',
  'panel.noMap':
    'نقشه نشان داده نمی‌شود و جای‌ها را نمی‌توان از روی آن برگزید؛ متن کامل گزارش زیر «همهٔ گزارش» است.',
  'panel.intro':
    'روی یک ولایت یا ولسوالی در نقشه کلیک کنید — یا یکی را از فهرست جای‌ها برگزینید — تا ببینید گزارش دربارهٔ آن چه می‌گوید. هر ولایتی که رنگش تیره‌تر است، بخش بیشتری از گزارش به آن مربوط می‌شود.',
  'panel.named': 'جای‌هایی که گزارش از آن‌ها نام می‌برد',
  'panel.expand': 'باز کردن بخش خواندن',
  'panel.collapse': 'جمع کردن بخش خواندن',
  'panel.views': 'شیوهٔ خواندن',
  'panel.selected': 'جای برگزیده',
  'panel.places': 'جای‌ها',
  'panel.whole': 'همهٔ گزارش',
  'panel.close': 'بستن',
  'panel.closeWhat': ' جای برگزیده',
  'panel.noStory': 'گزارش در دسترس نیست.',

  'place.notNamed': 'گزارش از {place} نام نمی‌برد.',
  'place.nearby': 'جای‌های نزدیکی که گزارش از آن‌ها نام می‌برد:',
  'place.quotesAbout': 'نقل قول‌ها دربارهٔ {place}',
  'place.passagesAbout': 'بندهای گزارش دربارهٔ {place}',
  'place.moreAbout': 'بیشتر دربارهٔ ولایت {place}',
  'place.offMap': 'روی این نقشه نیست',
  'place.provinceReading': 'آنچه گزارش دربارهٔ ولایت {place} می‌گوید',
  'place.back': 'بازگشت به نمای کلی و همهٔ گزارش',

  'quote.unattributed': 'بدون ذکر گوینده',

  'legend.summary': 'رهنمای نقشه',
  'legend.share': 'سهم از بندهای گزارش',
  'legend.under': 'کمتر از {pct}',
  'legend.range': '{from} تا {to}',
  'legend.over': 'بیشتر از {pct}',
  'legend.borders': 'ولسوالی‌های سرحدی، به ترتیب کشور همسایه',
  'legend.capital': 'مرکز ولایت',

  'nav.label': 'جای‌های روی نقشه',
  'nav.hint': 'با کلیدهای جهت به جای همسایه بروید؛ با کلید اینتر آن را باز کنید.',

  'announce.none': 'هیچ جایی برگزیده نشده است.',
  'announce.province': 'ولایت {name} برگزیده شد: {passages}، {quotes}.',
  'announce.district': 'ولسوالی {name} برگزیده شد: {passages}، {quotes}.',
  'announce.country': '{name} برگزیده شد: {passages}، {quotes}.',
  'announce.pin': '{name} برگزیده شد: {passages}، {quotes}.',

  'pin.district': 'در ولسوالی {name}',
  'pin.province': 'در ولایت {name}، بیرون از ولسوالی‌هایی که این نقشه نشان می‌دهد',
  'pin.from': '{km} کیلومتری {direction} {city}',
  'pin.border': '{km} کیلومتری مرز {country}',
  'pin.n': 'شمال',
  'pin.ne': 'شمال شرق',
  'pin.e': 'شرق',
  'pin.se': 'جنوب شرق',
  'pin.s': 'جنوب',
  'pin.sw': 'جنوب غرب',
  'pin.w': 'غرب',
  'pin.nw': 'شمال غرب',

  'credits.reader':
    'مرزها: {agcho}. کشورهای همسایه: {ne}. مرزها و نام‌هایی که نشان داده شده‌اند به معنای تأیید یا پذیرش رسمی نیستند. نمایش نقشه: {maplibre}.',
  'credits.embed': 'مرزها: {agcho}؛ {ne}. این مرزها به معنای تأیید یا پذیرش رسمی نیستند.',

  // The English notice names the technical cause; a Dari reader is told what still works.
  'map.simple':
    'نقشهٔ ساده نشان داده شده است، چون نقشهٔ کامل در این مرورگر کار نمی‌کند. همهٔ جای‌ها، فهرست و بخش خواندن مانند پیش کار می‌کنند.',
  'map.noWebgl': 'این مرورگر نقشهٔ کامل را نشان نمی‌دهد',
  'map.notLoaded': 'نقشهٔ کامل باز نشد',
  'map.canvas': 'نقشه',
  'map.zoomIn': 'بزرگ‌نمایی',
  'map.zoomOut': 'کوچک‌نمایی',
  'map.download': 'دانلود تصویر',
  'map.print': 'چاپ',
  'map.making': 'تصویر ساخته می‌شود…',
  'map.downloaded': 'تصویر دانلود شد.',
  'map.imageFailed': 'تصویر ساخته نشد: {reason}.',

  'stories.label': 'گزارش‌های این سایت',
  'stories.lead': 'گزارش‌های این سایت:',
  'list.title': 'گزارش‌های اطلس شمال',
  'list.reader': 'باز کردن نقشه',
  'list.filters': 'فیلتر کردن گزارش‌ها',
  'list.place': 'نام جای، به دری یا انگلیسی',
  'list.from': 'از تاریخ',
  'list.to': 'تا تاریخ',
  'list.range': '{from} تا {to}',
  'list.clear': 'نمایش همهٔ گزارش‌ها',
  'list.count': '{count} گزارش',
  'list.about': 'گزارش‌ها دربارهٔ {place}',
  'list.none': 'هیچ گزارشی با این فیلترها پیدا نشد.',
  'list.noDate': 'تاریخ ندارد',
  'list.places': 'جاها: {list}',
  'list.publisher': 'نشر شده از سوی {name}',
  'list.more': 'نمایش گزارش‌های کهنه‌تر',
  'list.map': 'ولایت‌ها، رنگ‌شده به اندازهٔ شمار گزارش‌ها دربارهٔ هر یک',
  'list.mapPlace': '{name}: {stories}',
  'list.timeline': 'زمان نشر گزارش‌ها دربارهٔ {place}',
  'list.loading': 'گزارش‌ها بارگذاری می‌شوند…',
  'list.failed': 'فهرست گزارش‌ها بارگذاری نشد: {reason}',
  'list.unknownPlace': 'هیچ ولایت یا ولسوالی‌ای به نام «{name}» پیدا نشد.',
  'list.language': 'English',
  'related.title': 'گزارش‌های دیگر دربارهٔ {place}',
  'related.province': 'دربارهٔ ولایت آن، {place}',
  'related.all': 'همهٔ گزارش‌ها دربارهٔ {place}',

  'notice.storyNotLoaded': 'گزارش باز نشد.',
  'notice.storyNotRead': 'فایل گزارش خوانده نشد.',
  'notice.noSuchStory': 'گزارشی به نام «{slug}» در این سایت نیست.',
  'notice.badStoryName':
    '«{slug}» در نشانی صفحه نام یک گزارش نیست: نام گزارش تنها حروف کوچک لاتین، عدد و خط تیره دارد.',
  'notice.storyListMissing':
    'فهرست گزارش‌ها باز نشد، از این رو «{slug}» بررسی و نشان داده نمی‌شود. لطفاً صفحه را دوباره باز کنید.',
  'notice.mapNotLoaded': 'معلومات نقشه باز نشد.',
  'notice.mapNotRead': 'معلومات نقشه خوانده نشد.',
  'notice.details': 'جزئیات فنی',

  'present.start': 'ارائه',
  'present.none': 'در این گزارش جایی روی نقشه برای ارائه نیست.',
  'present.presenter': 'نمای ارائه‌کننده',
  'present.leave': 'خروج',
  'present.blanked': 'صفحه تاریک شد. برای دیدن دوبارهٔ آن کلید B را فشار دهید.',
  'present.status': 'ایستگاه {n} از {total}: {title}.',
  'present.tour': 'مسیر ارائه',
  'present.prev': 'ایستگاه قبلی',
  'present.next': 'ایستگاه بعدی',
  'present.progress': 'پیشرفت ارائه',
  'present.stopOf': 'ایستگاه {n} از {total}',
  'present.goTo': 'رفتن به ایستگاه {n} — کلید اینتر را فشار دهید',

  'presenter.brand': 'اطلس شمال · نمای ارائه‌کننده',
  'presenter.blank': 'تاریک کردن صفحه',
  'presenter.audience': 'باز کردن پنجرهٔ حاضران',
  'presenter.skipped': 'این ایستگاه‌های مسیرِ فایل یادداشت‌ها نشان داده نمی‌شوند:',
  'presenter.skippedPlace': 'ایستگاه {n}: جای {id} در این نقشه نیست',
  'presenter.skippedPassage': 'ایستگاه {n}: گزارش بندی با نشانی {id} ندارد',
  'presenter.where': 'ایستگاه {n} از {total} · {where}',
  'presenter.now': 'اکنون: {title}',
  'presenter.loading': 'گزارش باز می‌شود…',
  'presenter.noStops': 'ایستگاهی برای ارائه نیست.',
  'presenter.side': 'یادداشت‌ها و آنچه در پی می‌آید',
  'presenter.notes': 'یادداشت‌ها',
  'presenter.audienceBlank': 'صفحهٔ حاضران تاریک است.',
  'presenter.next': 'بعدی',
  'presenter.nextTitle': 'بعدی: {title}',
  'presenter.end': 'پایان ارائه.',
  'presenter.all': 'همهٔ ایستگاه‌ها',
  'presenter.quotation': ' · نقل قول',
  'notes.province': 'ولایت {name}',
  'notes.district': 'ولسوالی {name} (ولایت {province})',
  'notes.country': '{name}',
  'notes.pin': '{name} (ولایت {province})',
  'notes.place': '{passages} و {quotes} گزارش به {what} مربوط می‌شود.',
  'notes.quotations': '{count} نقل قول',
  'notes.first': 'نخستین بار در بند {n} نام برده شده است.',
  'notes.unattributed': 'گزارش نمی‌گوید که این سخن از کیست.',
  'notes.speaker': '{name}.',
  'notes.described': '{name}، {description}.',
  'timer.label': 'زمان‌سنج',
  'timer.elapsed': 'زمان سپری‌شده',
  'timer.pause': 'توقف',
  'timer.resume': 'ادامه',
  'timer.reset': 'از نو',

  'embed.button': 'جاسازی این نقشه',
  'embed.preparing': 'کد جاسازی آماده می‌شود…',
  'embed.heading': 'اطلس شمال: شمال افغانستان در خبرها',
  'embed.hide': 'پنهان کردن متن',
  'embed.show': 'نشان دادن متن',
  'embed.intro':
    'یک ولایت یا ولسوالی را روی نقشه یا در فهرست بالا برگزینید تا ببینید گزارش دربارهٔ آن چه می‌گوید.',
  'embed.full': 'باز کردن نقشهٔ کامل',
  'embed.newTab': ' (در صفحهٔ تازه باز می‌شود)',
  'picker.label': 'جای',
  'picker.all': 'هر چهار ولایت',
  'picker.province': '{name} (ولایت)',
};

/** The Solar Hijri months by their Afghan names (Iran's calendar names them otherwise). */
const SOLAR_MONTHS = [
  'حمل',
  'ثور',
  'جوزا',
  'سرطان',
  'اسد',
  'سنبله',
  'میزان',
  'عقرب',
  'قوس',
  'جدی',
  'دلو',
  'حوت',
];
/** The Gregorian months as Afghan newspapers write them. */
const GREGORIAN_MONTHS = [
  'جنوری',
  'فبروری',
  'مارچ',
  'اپریل',
  'می',
  'جون',
  'جولای',
  'اگست',
  'سپتمبر',
  'اکتوبر',
  'نومبر',
  'دسمبر',
];

const numbers = new Intl.NumberFormat('fa-AF', { useGrouping: false });
const percents = new Intl.NumberFormat('fa-AF', { style: 'percent' });
const plurals = new Intl.PluralRules('fa-AF');
const digits = (text: string) => text.replace(/\d/g, (d) => numbers.format(Number(d)));

/**
 * "2010-12-01" → "۱۰ قوس ۱۳۸۹ (۱ دسمبر ۲۰۱۰)": the Solar Hijri date, then the Gregorian one the article
 * gave. A month or a year alone has no single Solar Hijri equivalent, so it is shown Gregorian only.
 */
export function formatDariDate(iso: string): string {
  const p = dateParts(iso);
  if (!p) return iso;
  const gregorian = [p.d, p.m === undefined ? undefined : GREGORIAN_MONTHS[p.m - 1], p.y]
    .filter((x) => x !== undefined)
    .join(' ');
  if (p.m === undefined || p.d === undefined) return digits(gregorian);
  const { jy, jm, jd } = toJalaali(p.y, p.m, p.d);
  return digits(`${jd} ${SOLAR_MONTHS[jm - 1] ?? ''} ${jy} (${gregorian})`);
}

export const da: Catalog<MessageKey> = {
  language: 'da',
  tag: 'fa-AF',
  dir: 'rtl',
  messages,
  plural: (n) => plurals.select(n),
  number: (n) => numbers.format(n),
  percent: (share) => percents.format(share),
  digits,
  date: formatDariDate,
};

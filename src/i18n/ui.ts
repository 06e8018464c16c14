// Every string a reader sees that is not the article's text, in one place.
import { formatCount, formatNumber } from './numbers.ts';

export const ui = {
  skipToContent: 'انتقل إلى المحتوى',
  home: 'الرئيسية',
  chapters: 'الفصول',
  /** Reading time in minutes, in words. */
  minutes: (n: number) => formatCount(n, { one: 'دقيقة واحدة', two: 'دقيقتان', few: 'دقائق', many: 'دقيقة' }),
  allChapters: (n: number) => `كل الفصول (${formatNumber(n)})`,
  menu: 'القائمة',
  mainNav: 'التنقل الرئيسي',
  breadcrumbs: 'مسار التنقل',
  onThisPage: 'في هذه الصفحة',
  readingTime: 'مدة القراءة',
  chapterOf: (n: string, total: string) => `الفصل ${n} من ${total}`,
  prev: 'الفصل السابق',
  next: 'الفصل التالي',
  pagination: 'التنقل بين الفصول',
  startReading: 'ابدأ القراءة من الفصل الأول',
  leadLabel: 'مطلع المقال',
  leadNote: 'الفقرة الافتتاحية كما ترد في الفصل الأول',
  readInContext: 'اقرأها في سياقها',
  categories: 'التصنيفات',
  darkMode: 'الوضع الداكن',
  themeLabel: 'تبديل المظهر بين الفاتح والداكن',
  sourceTitle: 'المصدر',
  editorialNote: 'عناوين الفصول وملخصاتها وأوصافها تحريرية؛ أما نص المقال فمنقول كما هو دون تعديل.',
  notFoundTitle: 'الصفحة غير موجودة',
  notFoundBody: 'لم نجد الصفحة التي طلبتها. ربما تغيّر الرابط أو كُتب بشكل غير صحيح.',
  backHome: 'العودة إلى الصفحة الرئيسية',
  editorial: 'تحريري',
  search: 'بحث',
  searchTitle: 'البحث في المقال',
  searchIntro: 'اكتب كلمة أو اسمًا، بالعربية أو بالحروف اللاتينية، لتجد الفقرة التي وردت فيها.',
  searchNoScript: 'يحتاج البحث إلى تفعيل جافاسكربت في المتصفح.',
  searchShortcut: 'اختصار لوحة المفاتيح: Ctrl+K أو /',
  // The index of names (pages/names.astro); the kinds' headings, the intro and the notes are editorial.
  namesTitle: 'الأعلام والأماكن والهيئات',
  namesIntro:
    'كل شخص ومكان وهيئة يسمّيها المقال، مع رابط إلى كل فقرة تذكره والجملة التي ورد فيها. الأسماء اللاتينية والملاحظات إضافة تحريرية؛ الاقتباسات من نص المقال كما هو.',
  namesKinds: { person: 'الأشخاص', place: 'الأماكن', body: 'الهيئات والمسارات' },
  namesCount: (n: number) => formatCount(n, { one: 'فقرة واحدة', two: 'فقرتان', few: 'فقرات', many: 'فقرة' }),
  namesNote: 'ملاحظة تحريرية',
  // A dash, not a middle dot: beside Arabic-Indic digits a dot reads as zero (٠).
  paragraphIn: (n: number, chapter: string) => `الفقرة ${formatNumber(n)} — ${chapter}`,
  namesAbout: 'من يذكر المقال وأين: الأشخاص والأماكن والهيئات، وكل فقرة تذكر كلًّا منها.',
  mapCoordinates: (lat: string, lon: string) => `${lat} شمالًا، ${lon} شرقًا`,
  timelineTitle: 'التسلسل الزمني',
  timelineAbout: 'ما جرى ومتى، من ١٩٩٢ إلى الزيارة في أكتوبر، بجمل المقال نفسها.',
  timelineIntro:
    'كل حدث مؤرَّخ في المقال، بترتيب وقوعه، مع الجملة التي ذكرته من نص المقال كما هو. عناوين الأحداث إضافة تحريرية، وما لم يكتبه المقال من التواريخ معلَّم «تاريخ مستنتج».',
  timelinePicture: 'الأحداث على خط الزمن',
  timelineLastYear: (year: number) => `عام ${year} بالأشهر`,
  inferredDate: 'تاريخ مستنتج',
  // The map of the article's places (pages/map.astro); the coordinates and the reasons are editorial.
  mapTitle: 'خريطة الأماكن',
  mapAbout: 'أين جرى ما يرويه المقال: الدول والمدن والبحار التي يذكرها على خريطة واحدة.',
  mapIntro:
    'الدول التي يذكرها المقال مظلَّلة، ومدنه نقاط، وبحراه مسمَّيان؛ كل اسم بالعربية كما يكتبه المقال ويقود إلى مدخله في فهرس الأعلام. الإحداثيات ومصادرها إضافة تحريرية، والحدود من Natural Earth.',
  mapPicture: 'خريطة الأماكن التي يذكرها المقال، من البحر المتوسط إلى ألماتي',
  mapPanels: ['غربها، من البحر المتوسط إلى موسكو', 'شرقها، من أذربيجان إلى ألماتي'],
  mapHalves: 'على الشاشة الضيقة تُرسم في قسمين: غربها فوق وشرقها تحته.',
  mapList: 'ما على الخريطة',
  mapKinds: { country: 'دولة', city: 'مدينة', sea: 'بحر' },
  mapLeftOut: 'ما لم يُرسم على الخريطة',
  mapSource: 'مصدر الإحداثيات',
  mapOnMap: 'على الخريطة',
  epubContents: 'المحتويات',
  // The whole article on one page (pages/article.astro) and the EPUB edition.
  articleTitle: 'المقال كاملًا',
  articleIntro:
    'المقال في صفحة واحدة كما نُشر، للطباعة أو الحفظ بصيغة PDF أو القراءة المتصلة. كل رقم فقرة يقود إلى موضعها في فصلها.',
  articlePrint: 'للطباعة أو الحفظ بصيغة PDF: استخدم أمر الطباعة في المتصفح.',
  articleAbout: 'المقال كله في صفحة واحدة، للطباعة وللقراءة دون تنقل بين الفصول.',
  epubDownload: (size: string) => `نزّل نسخة EPUB لأجهزة القراءة (${size})`,
  paragraphInChapter: (n: number) => `الفقرة ${formatNumber(n)} في فصلها`,
  kilobytes: (bytes: number) => `${formatNumber(Math.round(bytes / 1024))} ك.ب`,
  explore: 'استكشف المقال',
  // The accessible name of a paragraph's link to itself, beside it on the chapter pages.
  paragraphLink: (n: number) => `رابط الفقرة ${formatNumber(n)}`,
} as const;

/** A query as the search's messages quote it: in «», isolated so Latin words keep their order inside Arabic. */
const quoted = (query: string): string => `«\u2068${query}\u2069»`;

const resultCount = (count: number): string =>
  formatCount(count, { one: 'نتيجة واحدة', two: 'نتيجتان', few: 'نتائج', many: 'نتيجة' });

// The strings the search's own code carries (scripts/search/): kept apart so it ships only these.
export const searchUi = {
  label: 'ابحث في المقال',
  dialog: 'البحث في المقال',
  close: 'إغلاق',
  results: 'نتائج البحث',
  searching: 'جارٍ البحث…',
  failed: 'تعذّر تحميل البحث. تحقّق من الاتصال ثم أعد المحاولة.',
  // For maintainers only: said by the dev server's stand-in index (integrations/dev-search.ts).
  devUnavailable: 'البحث غير متاح في خادم التطوير الآن: راجع سجلّ الخادم لمعرفة السبب.',
  paragraph: (n: number) => `الفقرة ${formatNumber(n)}`,
  // Under a chapter whose matching paragraphs are more than the list shows; links to the chapter.
  moreParagraphs: (n: number) =>
    `${formatCount(n, { one: 'فقرة أخرى', two: 'فقرتان أخريان', few: 'فقرات أخرى', many: 'فقرة أخرى' })} في هذا الفصل`,
  // The query is quoted in «» and isolated (U+2068…U+2069), so Latin words keep their order inside Arabic.
  found: (count: number, query: string) =>
    count === 0
      ? `لا توجد نتائج لـ ${quoted(query)}. جرّب كلمة أخرى، أو اكتب الاسم بالحروف اللاتينية.`
      : `${resultCount(count)} لـ ${quoted(query)}`,
  // A query that found nothing, corrected (scripts/search/correcting.ts): what was run, and what was not found.
  corrected: (count: number, query: string, missed: string) =>
    `${resultCount(count)} لـ ${quoted(query)}؛ لم نجد ${quoted(missed)}.`,
  // No page holds every word (scripts/search/wrap.ts): the pages that hold most of them, and the words the first
  // one lacks, each quoted, as search engines say "missing: …".
  partial: (count: number, query: string, missing: readonly string[]) =>
    `لا صفحة فيها كل كلمات ${quoted(query)}؛ ${resultCount(count)} فيها أكثرها، دون ${missing.map(quoted).join(' و')}.`,
  // A query of question words and particles only (lib/search/stop-words.ts): nothing is searched.
  onlyStopWords: (query: string) =>
    `${quoted(query)} كلمات عامة لا يُبحث بها وحدها. أضف ما تسأل عنه: اسمًا أو مكانًا أو حدثًا.`,
  // The link back to the query as typed, under a corrected one.
  literal: (typed: string) => `ابحث عن ${quoted(typed)} كما كتبتها`,
  // Under a query asked for as typed that finds nothing: the correction, as a link.
  noneAsTyped: (typed: string) => `لا توجد نتائج لـ ${quoted(typed)}.`,
  didYouMean: (query: string) => `هل تقصد ${quoted(query)}؟`,
  hints: [
    ['↑ ↓', 'للتنقل بين النتائج'],
    ['Enter', 'للفتح'],
    ['Esc', 'للإغلاق'],
  ],
} as const;

// The update notice (components/ServiceWorker.astro), rendered into every page of a web build.
export const updateUi = {
  updateReady: 'نسخة جديدة من الموقع جاهزة.',
  updateNow: 'حدّث الآن',
  updateLater: 'لاحقًا',
} as const;

// The offline-reading page (pages/offline-reading.astro): its control's states are rendered in HTML and
// shown by scripts/offline-control.ts, which carries no strings.
export const saveUi = {
  title: 'القراءة دون اتصال',
  intro: 'يحفظ متصفحك صفحات الموقع كلها وبحثه على جهازك، فتقرأ المقال وتبحث فيه دون اتصال بالإنترنت.',
  about: 'احفظ الموقع كله على جهازك لتقرأه وتبحث فيه دون اتصال.',
  checking: 'نتحقق مما حُفظ على جهازك…',
  saveDataNote: 'طلب متصفحك توفير البيانات، فلم يُحفظ شيء على جهازك. احفظ الموقع متى شئت:',
  largeNote: 'الموقع أكبر من أن يُحفظ كله دون سؤالك، فحُفظت الصفحات التي قرأتها وحدها. احفظه كله متى شئت:',
  save: 'احفظ الموقع للقراءة دون اتصال',
  /** Around the size, which the control writes in (Arabic-Indic digits) from the build's summary. */
  sizeBefore: 'سيُنزَّل نحو',
  sizeAfter: 'ك.ب.',
  saving: 'يُحفظ الموقع على جهازك…',
  progress: 'تقدّم الحفظ',
  saved: 'الموقع محفوظ للقراءة دون اتصال',
  savedBody: 'تُفتح الفصول وصفحات الشرح والبحث على هذا الجهاز حتى دون اتصال، وتُعرض عليك كل نسخة جديدة قبل أن تحل محلها.',
  persisted: 'وافق المتصفح على الاحتفاظ بالموقع، فلن يحذفه إن ضاقت مساحة جهازك.',
  notPersisted: 'لم يَعِد المتصفح بالاحتفاظ بالموقع، فقد يحذفه إن ضاقت مساحة جهازك.',
  /** Around the room the site takes, which the control writes in from navigator.storage.estimate(). */
  usageBefore: 'يشغل الموقع على جهازك نحو',
  usageAfter: 'ك.ب.',
  updateNote: 'نسخة جديدة من الموقع متاحة. طلب متصفحك توفير البيانات، فلن تُنزَّل حتى توافق:',
  update: 'نزّل النسخة الجديدة',
  failed: 'تعذّر حفظ الموقع. تحقّق من الاتصال ثم أعد المحاولة.',
  retry: 'أعد المحاولة',
  unsupported: 'لا يستطيع هذا المتصفح حفظ الموقع للقراءة دون اتصال.',
  unsupportedBody: 'بديلًا عن ذلك، خذ المقال معك في ملف:',
  noScript: 'يحتاج الحفظ للقراءة دون اتصال إلى تفعيل جافاسكربت في المتصفح.',
} as const;

// The page the service worker answers with offline (routes/offline.astro), rendered in HTML.
export const offlineUi = {
  offlineTitle: 'أنت غير متصل بالإنترنت',
  offlineBody:
    'هذه الصفحة لم تُحفظ على جهازك بعد، ولا يمكن جلبها الآن. أما فصول المقال فمحفوظة كلها، ويمكنك قراءتها والبحث فيها دون اتصال.',
  offlineRetry: 'أعد المحاولة بعد عودة الاتصال.',
} as const;

// The disk edition's search notice (components/DiskEdition.astro), rendered in HTML, not shipped as JS.
export const diskUi = {
  searchTitle: 'البحث غير متاح في النسخة المحفوظة على الجهاز',
  searchBody:
    'فتحتَ الموقع من ملفات على جهازك، والمتصفحات تمنع تشغيل محرك البحث من الملفات المحلية. القراءة والروابط تعمل كاملة.',
  searchHowTo:
    'لتقرأ مع البحث: افتح الموقع على الإنترنت مرة واحدة، فيحفظه المتصفح كاملًا ويعمل البحث بعدها حتى دون اتصال؛ أو شغّل خادم ويب محليًا في هذا المجلد، مثلًا:',
  searchCommand: 'python3 -m http.server',
  searchAfter: 'ثم افتح العنوان الذي يظهر لك.',
  close: 'إغلاق',
} as const;

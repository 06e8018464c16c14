// Families of the lexicon (word-forms.data.ts) of one meaning and two roots, each named by its first form: the
// article says one thing in two words and readers ask in either («ما القضايا التي ستناقشها القمة» where it writes
// «وستتناول القمة … القضايا»). Found like the lexicon's other forms, at less weight than the word typed (rank.ts).
export const SYNONYMS: readonly (readonly string[])[] = [
  // to discuss, to take up: «لمناقشة العلاقات الثنائية», «وستتناول القمة القضايا السياسية».
  ['مناقشة', 'ستتناول'],
  // to meet: the subheading «لقاء أردوغان – بوتين» is the meeting of «سيجتمعان يوم الخميس».
  ['اجتماع', 'لقاء'],
  // war and conflict: «مزقتها الحرب منذ عام 2011» is «الصراع السوري المستمر منذ 10 سنوات».
  ['حرب', 'صراع'],
  // to found, to set up: «تأسس CICA», «إنشاء أول بعثة دبلوماسية».
  ['تأسيس', 'إنشاء'],
  // to take part, to attend: «القادة المشاركين», «سيحضرون القمة».
  ['مشاركين', 'يحضران'],
];

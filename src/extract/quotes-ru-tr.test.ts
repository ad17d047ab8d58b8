import { describe, expect, it } from 'vitest';
import { quoteRecords, quoteRows } from '../testing/quote-rows.js';
import { extractQuotes } from './quotes.js';

/** Quotes of a text as [direct, speaker name, cue, quoted text]. */
const quotes = (text: string, language?: string) => quoteRows(text, { language });

describe('Russian quotations', () => {
  it('direct speech with a dash attribution after the quote, by name and by pronoun', () => {
    const t =
      'Жапаров встретился с Токаевым. «Мы будем развивать торговлю», — сказал Токаев. «Это важно для региона!» — добавил он.';
    expect(quotes(t)).toEqual([
      [true, 'Kassym-Jomart Tokayev', 'сказал', 'Мы будем развивать торговлю'],
      [true, 'Kassym-Jomart Tokayev', 'добавил', 'Это важно для региона!'],
    ]);
  });

  it('attribution before the quote, German-style marks and по словам', () => {
    const t = 'Лавров заявил: „Мы не оставим союзников“. По словам Кулубаева, «сотрудничество продолжится».';
    expect(quotes(t)).toEqual([
      [true, 'Sergey Lavrov', 'заявил', 'Мы не оставим союзников'],
      [true, 'Jeenbek Kulubaev', 'по словам', 'сотрудничество продолжится'],
    ]);
  });

  it('reported speech: "X заявила, что …", "Как сообщил X, …"; the second predicate ends the clause', () => {
    const t =
      'Глава МИД Азербайджана Джейхун Байрамов заявил, что переговоры продолжатся, и поблагодарил партнёров. Как сообщил Мирзоян, стороны обменялись документами.';
    expect(quotes(t)).toEqual([
      [false, 'Jeyhun Bayramov', 'заявил', 'переговоры продолжатся'],
      [false, 'Ararat Mirzoyan', 'как сообщил', 'стороны обменялись документами'],
    ]);
  });

  it('"Как сообщает агентство «X», …": an outlet named in quotation marks is the source', () => {
    const t = 'Как сообщает газета «Коммерсантъ», сделка будет закрыта в июне.';
    expect(quotes(t)).toEqual([[false, 'Kommersant', 'как сообщает', 'сделка будет закрыта в июне']]);
  });

  it('quotation marks without an attribution are not quotes', () => {
    expect(quotes('Проект «Средний коридор» обсуждали в Бишкеке.')).toEqual([]);
  });
});

describe('Turkish quotations', () => {
  it("a short Turkish text without ı, ğ or ş is read as Turkish when the article's language says so", () => {
    // the letter count alone takes it for English and finds no Turkish cue ("dedi")
    const t = 'Cengiz Aydın, "Görüşmeler sürüyor" dedi.';
    expect(quotes(t, 'tr')).toEqual([[true, 'Cengiz Aydın', 'dedi', 'Görüşmeler sürüyor']]);
    const u = 'Başlık\n\nMehmet Ören, "Müzakereler sürüyor" dedi.';
    expect(quotes(u, 'tr').map((r) => r[3])).toEqual(['Müzakereler sürüyor']);
  });

  it('a subject with an acronym in parentheses before its comma speaks, not a genitive in the content', () => {
    const t =
      'Kırgızistan Ulusal Güvenlik Devlet Komitesi (UGDK), eski bakanın devleti zarara uğrattığını açıkladı.';
    expect(quotes(t, 'tr')).toEqual([
      [
        false,
        'State Committee for National Security of Kyrgyzstan',
        'açıkladı',
        'eski bakanın devleti zarara uğrattığını',
      ],
    ]);
    const g = "Dışişleri Bakanlığı (DB), Erdoğan'ın ziyaretinin ertelendiğini duyurdu.";
    expect(quotes(g, 'tr').map((r) => r[1])).toEqual(['Dışişleri Bakanlığı']);
  });

  it('a body in the genitive without an apostrophe ("Başkanlığının açıklamasına göre") is the source', () => {
    const t = 'İletişim Başkanlığının açıklamasına göre, iki lider bölgesel gelişmeleri ele aldı.';
    expect(quotes(t, 'tr')).toEqual([
      [false, 'İletişim Başkanlığı', 'göre', 'iki lider bölgesel gelişmeleri ele aldı'],
    ]);
  });

  it('an object before the quotation ("AB\'nin açıklamalarını “…” olarak nitelendirdi") is not the subject', () => {
    const t =
      "Başbakan İrakli Kobahidze ise AB'nin açıklamalarını “iç işlerine müdahale” olarak nitelendirdi.";
    expect(quotes(t, 'tr').map((r) => r[1])).toEqual(['Irakli Kobakhidze']);
  });

  it('"X, “…” açıklamasını yaptı" and "“…” mesajını verdi" quote X', () => {
    const t =
      'Dışişleri Bakanı Hakan Fidan, “Bölgede kalıcı barış için çalışıyoruz” açıklamasını yaptı. Fidan, “Kapımız herkese açık” mesajını verdi.';
    expect(quotes(t, 'tr')).toEqual([
      [true, 'Hakan Fidan', 'açıklamasını yaptı', 'Bölgede kalıcı barış için çalışıyoruz'],
      [true, 'Hakan Fidan', 'mesajını verdi', 'Kapımız herkese açık'],
    ]);
  });

  it('a bare "Açıklamada" after "X, yazılı açıklamasında, …" is X\'s statement, not an earlier one', () => {
    const t =
      'Kremlin yazılı bir açıklama yaptı. Dışişleri Bakanı Hakan Fidan, yazılı açıklamasında, görüşmelerin sürdüğünü belirtti. Açıklamada, “Taraflar sınır konusundaki çalışmaları gözden geçirdi” ifadesine yer verildi.';
    expect(quotes(t, 'tr').map((r) => r[1])).toEqual(['Hakan Fidan', 'Hakan Fidan']);
  });

  it('headline style: "Aliyev: “…”" and "ERDOĞAN\'DAN KRİTİK MESAJ: “…”" quote the name before the colon', () => {
    const t =
      "ERDOĞAN'DAN KRİTİK MESAJ: “TÜRK DÜNYASI BİRLİK İÇİNDE OLMALI”\n\nCumhurbaşkanı Recep Tayyip Erdoğan zirvede konuştu.";
    expect(quotes(t, 'tr')).toEqual([
      [true, 'Recep Tayyip Erdoğan', ':', 'TÜRK DÜNYASI BİRLİK İÇİNDE OLMALI'],
    ]);
    const a = 'Aliyev: “Koridor açılacak”\n\nİlham Aliyev forumda konuştu.';
    expect(quotes(a, 'tr')).toEqual([[true, 'Ilham Aliyev', ':', 'Koridor açılacak']]);
  });

  it('a subject whose name holds "ve", or is known only by its acronym in parentheses, speaks', () => {
    const t =
      'Avrupa Güvenlik ve İşbirliği Teşkilatı (AGİT), seçimlerde usulsüzlük tespit ettiğini açıkladı.';
    expect(quotes(t, 'tr').map((r) => r[1])).toEqual([
      'Organization for Security and Co-operation in Europe',
    ]);
    const a =
      'Birleşmiş Milletler Mülteciler Yüksek Komiserliği (UNHCR), göçmen sayısının arttığını açıkladı.';
    expect(quotes(a, 'tr').map((r) => r[1])).toEqual(['UNHCR']);
  });

  it('Turkish names of bodies the gazetteer knows in other languages', () => {
    const t =
      "Avrupa Siyasi Topluluğu, zirvenin Tiran'da yapılacağını duyurdu. Demokratik Kurumlar ve İnsan Hakları Ofisi, seçimlerin adil olmadığını açıkladı.";
    expect(quotes(t, 'tr').map((r) => r[1])).toEqual([
      'European Political Community',
      'Office for Democratic Institutions and Human Rights',
    ]);
  });

  it('"Bakanlığın açıklamasında, “…” ifadelerine yer verildi": the ministry named before, not the last speaker', () => {
    const t =
      'Hakan Fidan, basına açıklama yaptı. Azerbaycan Dışişleri Bakanlığı ise anlaşmayı kınadı. Bakanlığın açıklamasında, “Bu adım barış sürecini baltalıyor” ifadelerine yer verildi.';
    expect(quotes(t, 'tr').map((r) => r[1])).toEqual(['Azerbaijani Foreign Ministry']);
  });

  it('a sentence-initial inflected noun before a surname is no given name ("Mesajında Berdimuhamedov")', () => {
    const t =
      'Türkmenistan Devlet Başkanı Serdar Berdimuhamedov bir mesaj yayımladı. Mesajında Berdimuhamedov, ülkenin tarafsız kalacağını vurguladı.';
    expect(quotes(t, 'tr').map((r) => r[1])).toEqual(['Serdar Berdimuhamedow']);
  });

  it('the report of a report: "TASS, X\'in “…” dediğini bildirdi" — X speaks, the agency relays', () => {
    const t =
      'TASS, Kremlin Sözcüsü Dmitriy Peskov\'un "Kafkasya ile ilişkilerimiz güçlü" dediğini bildirdi. Anadolu Ajansı, Dışişleri Bakanı Hakan Fidan\'ın görüşmelerin olumlu geçtiğini ifade ettiğini aktardı.';
    const got = quoteRecords(t, { language: 'tr', strict: true }).map((q) => [
      q.speaker,
      q.reportedBy,
      q.direct,
      q.text,
    ]);
    expect(got).toEqual([
      ['Dmitry Peskov', ['TASS'], true, 'Kafkasya ile ilişkilerimiz güçlü'],
      ['Hakan Fidan', ['Anadolu Agency'], false, 'görüşmelerin olumlu geçtiğini'],
    ]);
  });

  it('the subject between a quotation and its verb speaks ("“…”, TASS bildirdi.", "“…”, Bakan Fidan dedi.")', () => {
    const t =
      '"Sınırdaki saldırı önceden planlanmıştı", TASS bildirdi. "Görüşmeler yapıcı bir havada geçti", Dışişleri Bakanı Hakan Fidan dedi.';
    expect(quotes(t, 'tr')).toEqual([
      [true, 'TASS', 'bildirdi', 'Sınırdaki saldırı önceden planlanmıştı'],
      [true, 'Hakan Fidan', 'dedi', 'Görüşmeler yapıcı bir havada geçti'],
    ]);
  });

  it('a relay phrase opening the sentence comes before its subject ("Interfax ajansının haberine göre, X da …")', () => {
    const t =
      'Interfax ajansının haberine göre, Rusya Başbakan Yardımcısı Aleksandr Novak da anlaşmanın yıl sonuna kadar imzalanacağını söyledi.';
    const got = quoteRecords(t, { language: 'tr', strict: true }).map((q) => [
      q.speaker,
      q.reportedBy,
      q.text,
    ]);
    expect(got).toEqual([['Alexander Novak', ['Interfax'], 'anlaşmanın yıl sonuna kadar imzalanacağını']]);
  });

  it('a common noun in a case opening the sentence before the subject is no part of it ("Görüşmede Aliyev, …")', () => {
    const t =
      'Görüşmede Aliyev, iki ülke arasındaki ticaretin artacağını ifade etti. Zirvede Tokayev ise bölgesel işbirliğinin güçleneceğini söyledi.';
    expect(quotes(t, 'tr')).toEqual([
      [false, 'Ilham Aliyev', 'ifade etti', 'iki ülke arasındaki ticaretin artacağını'],
      [false, 'Kassym-Jomart Tokayev', 'söyledi', 'bölgesel işbirliğinin güçleneceğini'],
    ]);
  });

  it("a country's border service and security committee speak as that country's bodies", () => {
    const t =
      'Kırgızistan Sınır Servisi, sınır karakoluna ateş açıldığını bildirdi. Tacikistan Ulusal Güvenlik Komitesi ise çatışmayı karşı tarafın başlattığını iddia etti.';
    expect(quotes(t, 'tr').map((r) => r[1])).toEqual([
      'Kyrgyz Border Service',
      'Tajik National Security Committee',
    ]);
  });

  it('"X, şöyle devam etti:" closing a paragraph introduces the quoted paragraph after it', () => {
    const t =
      'Dışişleri Bakanı Hakan Fidan, görüşmelerin süreceğini söyledi.\n\nFidan, şöyle devam etti:\n\n“Bölgede kalıcı barış için tüm taraflarla çalışmaya devam edeceğiz.”';
    expect(quotes(t, 'tr').map((r) => [r[1], r[3]])).toContainEqual([
      'Hakan Fidan',
      'Bölgede kalıcı barış için tüm taraflarla çalışmaya devam edeceğiz.',
    ]);
  });

  it('the occasion of a statement opening the content is not what was said', () => {
    const t = 'Cumhurbaşkanı Erdoğan, yerel basına yaptığı açıklamada görüşmelerin süreceğini söyledi.';
    expect(quotes(t, 'tr')).toEqual([[false, 'Recep Tayyip Erdoğan', 'söyledi', 'görüşmelerin süreceğini']]);
    const w = 'Fidan, yaptığı yazılı açıklamada, anlaşmanın imzalanacağını duyurdu.';
    expect(quotes(w, 'tr').map((r) => r[3])).toEqual(['anlaşmanın imzalanacağını']);
  });

  it('"X şöyle devam etti: “…”" goes on with the speaker; without a subject, the last speaker', () => {
    const t =
      'Erdoğan, “Kazakistan bizim için bir kardeştir” dedi. Erdoğan şöyle devam etti: “Ortak evimiz büyüyor.”\n\nŞöyle devam etti: “Kapımız açık.”\n\nGörüşmeler ertesi gün de devam etti.';
    expect(quotes(t, 'tr')).toEqual([
      [true, 'Recep Tayyip Erdoğan', 'dedi', 'Kazakistan bizim için bir kardeştir'],
      [true, 'Recep Tayyip Erdoğan', 'şöyle devam etti', 'Ortak evimiz büyüyor.'],
      [true, 'Recep Tayyip Erdoğan', 'şöyle devam etti', 'Kapımız açık.'],
    ]);
  });

  it('direct speech with dedi, by subject and by a dropped subject', () => {
    const t =
      'Erdoğan basın toplantısında, “Kazakistan bizim için bir kardeştir” dedi. “Ortak evimiz büyüyor” diye konuştu.';
    expect(quotes(t)).toEqual([
      [true, 'Recep Tayyip Erdoğan', 'dedi', 'Kazakistan bizim için bir kardeştir'],
      [true, 'Recep Tayyip Erdoğan', 'diye konuştu', 'Ortak evimiz büyüyor'],
    ]);
  });

  it('reported speech with -dığını/-eceğini + speech verb and with göre', () => {
    const t =
      "Dışişleri Bakanı Hakan Fidan, Türk şirketlerinin yatırımlarını artıracağını açıkladı. Tokayev'e göre iki ülke arasındaki ticaret büyüyor.";
    expect(quotes(t)).toEqual([
      [false, 'Hakan Fidan', 'açıkladı', 'Türk şirketlerinin yatırımlarını artıracağını'],
      [false, 'Kassym-Jomart Tokayev', 'göre', 'iki ülke arasındaki ticaret büyüyor'],
    ]);
  });
});

describe('Turkish "<role phrase> göre"', () => {
  it('an office in the dative ("Kazak lidere göre", "Türkmen sözcüye göre") refers back to its named holder', () => {
    const t =
      "Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev, Ankara'da temaslarda bulundu. Kazak lidere göre iki ülke arasındaki ticaret hızla büyüyor. " +
      'Türkmenistan Dışişleri Bakanlığı Sözcüsü Berdimurat Rejepov, müzakerelerin sürdüğünü söyledi. Türkmen sözcüye göre taraflar henüz uzlaşamadı.';
    expect(quotes(t, 'tr')).toEqual([
      [false, 'Kassym-Jomart Tokayev', 'göre', 'iki ülke arasındaki ticaret hızla büyüyor'],
      [false, 'Berdimurat Rejepov', 'söyledi', 'müzakerelerin sürdüğünü'],
      [false, 'Berdimurat Rejepov', 'göre', 'taraflar henüz uzlaşamadı'],
    ]);
  });

  it('an office in the genitive before "açıklamasına göre" ("Özbek liderin açıklamasına göre")', () => {
    const t =
      "Özbekistan Cumhurbaşkanı Şevket Mirziyoyev, Taşkent'te yatırımcılarla bir araya geldi. Özbek liderin açıklamasına göre proje 2027'de tamamlanacak.";
    expect(quotes(t, 'tr')).toEqual([[false, 'Shavkat Mirziyoyev', 'göre', "proje 2027'de tamamlanacak"]]);
  });
});

describe('Turkish relays and answers', () => {
  it('"Rus basınına göre, X, … söyledi": the sentence\'s own subject speaks; "“…” yanıtını verdi" is said', () => {
    const t =
      'Rus basınına göre, Kremlin Sözcüsü Dmitriy Peskov, projenin gündemde olduğunu söyledi. ' +
      'Peskov, ziyaret sorusuna ise "Takvim henüz belli değil." yanıtını verdi.';
    expect(quotes(t, 'tr')).toEqual([
      [false, 'Dmitry Peskov', 'söyledi', 'projenin gündemde olduğunu'],
      [true, 'Dmitry Peskov', 'yanıtını verdi', 'Takvim henüz belli değil.'],
    ]);
  });
});

describe('Russian and Turkish input handling', () => {
  it('returns [] for empty or malformed input and never throws', () => {
    expect(extractQuotes('', [], [], [])).toEqual([]);
    expect(
      extractQuotes('bu bir metindir ve çok kısadır', null as never, null as never, null as never),
    ).toEqual([]);
    // a mention past the end of the text and an unclosed quotation with a pronoun and no antecedent
    const q = extractQuotes(
      '«незакрытая цитата — сказал он',
      [{ start: 0, end: 31 }],
      [],
      [{ ref: 'x', start: 50, end: 60, text: 'zz' }],
    );
    expect(q.every((x) => x.speakerRef === null)).toBe(true);
  });
});

describe('Russian "по его словам"', () => {
  it('the possessive pronoun is the source, resolved to the person before it', () => {
    const t = 'Сергей Лавров выступил в Москве. По его словам, переговоры с соседями продолжатся весной.';
    expect(quotes(t, 'ru')).toEqual([
      [false, 'Sergey Lavrov', 'по словам', 'переговоры с соседями продолжатся весной'],
    ]);
  });
  it('"заявил о готовности …": a stance stated as a noun is reported; a fact told ("сообщил о встрече") is not', () => {
    expect(quotes('Сергей Лавров заявил о готовности принять переговоры в Москве.', 'ru')).toEqual([
      [false, 'Sergey Lavrov', 'заявил', 'о готовности принять переговоры в Москве'],
    ]);
    expect(quotes('Сергей Лавров сообщил о встрече с коллегами в Москве.', 'ru')).toEqual([]);
  });
  it('two words cut off at the end of a text are no statement', () => {
    expect(quotes('Сергей Лавров выступил в Москве. По его словам, обе сторо', 'ru')).toEqual([]);
  });
});

describe('Turkish sentences with ordinals', () => {
  it('a reported clause holding "12. Zirvesi" is read whole, with its speaker', () => {
    const t =
      'Dışişleri Bakanı Hakan Fidan toplantıda yaptığı konuşmada, Türk Devletleri Teşkilatı Devlet Başkanları Konseyi 12. Zirvesi vesilesiyle Bakü\'de bulunmakta mutluluk duyduğunu belirterek, "İşbirliğimizi güçlendireceğiz" dedi.';
    const found = quotes(t, 'tr');
    const reported = found.find(([direct]) => !direct);
    expect(reported?.[1]).toBe('Hakan Fidan');
    expect(reported?.[3]).toMatch(/^Türk Devletleri Teşkilatı .* 12\. Zirvesi vesilesiyle/);
    expect(found).toContainEqual([true, 'Hakan Fidan', 'dedi', 'İşbirliğimizi güçlendireceğiz']);
  });
});

describe('Turkish reported clauses and their subjects', () => {
  it('plural nominalisations ("-DIklArInI", "-AcAklArInI") and a focus particle after the clause', () => {
    const t =
      'Şevket Mirziyoyev, yeni teşvik paketini hazırladıklarını söyledi. Mirziyoyev, yatırımları artıracaklarını da belirtti. Tokayev ise sınır kapılarının açıldığını da kaydetti.';
    expect(quotes(t, 'tr')).toEqual([
      [false, 'Shavkat Mirziyoyev', 'söyledi', 'yeni teşvik paketini hazırladıklarını'],
      [false, 'Shavkat Mirziyoyev', 'belirtti', 'yatırımları artıracaklarını da'],
      [false, 'Kassym-Jomart Tokayev', 'kaydetti', 'sınır kapılarının açıldığını da'],
    ]);
  });

  it('the past perfect of a background statement ("-dığını söylemişti") is reported speech too', () => {
    const found = quotes('Tokayev, geçen ay sınır kapılarının açılacağını söylemişti.', 'tr');
    expect(found).toEqual([
      [false, 'Kassym-Jomart Tokayev', 'söylemişti', 'geçen ay sınır kapılarının açılacağını'],
    ]);
  });
  it('a long title before the name, and a relative clause opening the sentence, stay out of the content', () => {
    const t =
      "Ermenistan Dışişleri Bakanı Ararat Mirzoyan ise müzakerelerin sürdüğünü açıkladı. Forumda konuşan Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev de Orta Asya'nın yükselişte olduğunu vurguladı.";
    expect(quotes(t, 'tr')).toEqual([
      [false, 'Ararat Mirzoyan', 'açıkladı', 'müzakerelerin sürdüğünü'],
      [false, 'Kassym-Jomart Tokayev', 'vurguladı', "Orta Asya'nın yükselişte olduğunu"],
    ]);
  });

  it('a nationality before a role noun ("Özbek lider") is the subject, not the country', () => {
    const t =
      'Özbekistan Cumhurbaşkanı Şevket Mirziyoyev Ankara\'ya geldi. Özbek lider şunları söyledi: "Ortaklığımızı büyüteceğiz." Kazak lider ise ihracatın arttığını belirtti.';
    const found = quotes(t, 'tr');
    expect(found[0]).toEqual([true, 'Shavkat Mirziyoyev', 'söyledi', 'Ortaklığımızı büyüteceğiz.']);
    expect(found[1]?.[2]).toBe('belirtti');
    expect(found[1]?.[3]).toBe('ihracatın arttığını');
  });
});

describe('Turkish relay phrases before reported content', () => {
  it('"X, AA muhabirine yaptığı açıklamada, …": the content starts after the relay phrase and its comma', () => {
    const t =
      'Enerji analisti Mehmet Öğütçü, Anadolu Ajansı muhabirine yaptığı açıklamada, projenin önünde engeller bulunduğunu söyledi.';
    const found = quotes(t, 'tr');
    expect(found).toHaveLength(1);
    expect(found[0][3]).toBe('projenin önünde engeller bulunduğunu');
  });
});

describe('Turkish background statements and characterisations', () => {
  it('the reported past and past perfect of any verb of saying are cues ("hatırlatmıştı", "ifade etmiş")', () => {
    expect(quotes("Bakan Kemal Arıkan, Ankara'nın tutumunun değişmediğini hatırlatmıştı.", 'tr')).toEqual([
      [false, 'Kemal Arıkan', 'hatırlatmıştı', "Ankara'nın tutumunun değişmediğini"],
    ]);
    expect(quotes('Kemal Arıkan, görüşmelerin süreceğini ifade etmiş.', 'tr')).toEqual([
      [false, 'Kemal Arıkan', 'ifade etmiş', 'görüşmelerin süreceğini'],
    ]);
  });

  it('"X, Y\'yi “…” olarak nitelendirdi": the characterisation in quotation marks is a direct quote', () => {
    expect(
      quotes('Bakan Kemal Arıkan, komşu ülkenin açıklamalarını “kabul edilemez” olarak nitelendirdi.', 'tr'),
    ).toEqual([[true, 'Kemal Arıkan', 'nitelendirdi', 'kabul edilemez']]);
  });
});

describe('Turkish conveyed statements and unnamed sources', () => {
  it('"X, …-eceğini aktardı": the subject conveyed it (a statement of theirs)', () => {
    const t = "Kremlin Sözcüsü Dmitriy Peskov, Putin'in yakın zamanda Astana'yı ziyaret edeceğini aktardı.";
    expect(quotes(t, 'tr')).toEqual([
      [false, 'Dmitry Peskov', 'aktardı', "Putin'in yakın zamanda Astana'yı ziyaret edeceğini"],
    ]);
  });

  it('"bir Avrupalı diplomat" is someone unnamed, not the person named before', () => {
    const t =
      "Dmitriy Peskov, görüşmenin verimli geçtiğini söyledi. Reuters'a konuşan bir Avrupalı diplomat, yaptırımların genişletileceğini söyledi.";
    expect(quotes(t, 'tr').map((q) => q[1])).toEqual(['Dmitry Peskov', null]);
  });

  it('"Diplomatik kaynaklar, …": the unnamed source and its comma are not the content', () => {
    const t =
      'Diplomatik kaynaklar, Türkiye ile Azerbaycan arasındaki görüşmenin gelecek haftaya ertelendiğini ifade etti.';
    expect(quotes(t, 'tr')).toEqual([
      [
        false,
        null,
        'ifade etti',
        'Türkiye ile Azerbaycan arasındaki görüşmenin gelecek haftaya ertelendiğini',
      ],
    ]);
  });
});

// All article texts below are invented for these tests.
describe('Turkish speakers not in the gazetteer', () => {
  it('a Turkish given name and a surname, then a comma and a clause ending on a verb of saying, is the speaker', () => {
    const t = [
      'Ceren Aksoy, sınır görüşmelerinin verimli geçtiğini söyledi.',
      'Tolga Karaman, "Takvim değişmedi" dedi.',
    ].join('\n\n');
    expect(quotes(t, 'tr')).toEqual([
      [false, 'Ceren Aksoy', 'söyledi', 'sınır görüşmelerinin verimli geçtiğini'],
      [true, 'Tolga Karaman', 'dedi', 'Takvim değişmedi'],
    ]);
  });

  it('a name closing the sentence after a two-word verb of saying ("ifade etti X") is the speaker', () => {
    const t = [
      "Erdoğan dün Bakü'de temaslarda bulundu.",
      '"Enerji hattı gelecek yıl tamamlanacak", ifade etti Tuncay Erdem.',
    ].join('\n\n');
    expect(quotes(t, 'tr')).toEqual([
      [true, 'Tuncay Erdem', 'ifade etti', 'Enerji hattı gelecek yıl tamamlanacak'],
    ]);
  });
});

// All article texts below are invented for these tests.
describe('Turkish bodies and offices speaking without a name', () => {
  it('"X Bakanlığı açıklamasında, “…” ifadelerine yer verildi": the ministry of the compound speaks', () => {
    const t =
      'Moldova Dışişleri Bakanlığı açıklamasında, “Görüşmeler gelecek ay Kişinev’de sürecek” ifadelerine yer verildi.';
    expect(quotes(t, 'tr').map((q) => [q[1], q[3]])).toEqual([
      ['Moldovan Foreign Ministry', 'Görüşmeler gelecek ay Kişinev’de sürecek'],
    ]);
  });

  it('"Bakanlık, …-dığını açıkladı": the ministry named before, not the last person quoted', () => {
    const t = [
      'Cumhurbaşkanı Erdoğan, "Bölgede barış istiyoruz" dedi.',
      'Moldova Dışişleri Bakanlığı, büyükelçiliği geçen yıl kapatmıştı. Bakanlık, büyükelçiliğin yeniden açılmayacağını açıkladı.',
    ].join('\n\n');
    expect(quotes(t, 'tr').map((q) => q[1])).toEqual(['Recep Tayyip Erdoğan', 'Moldovan Foreign Ministry']);
  });

  it('"Sözcü, “…” dedi": the spokesperson named before, not the newspaper Sözcü', () => {
    const t = [
      'Moldova Dışişleri Bakanlığı Sözcüsü Taylan Oral, görüşmenin olumlu geçtiğini söyledi.',
      'Sözcü, "Takvim değişmedi" dedi.',
    ].join('\n\n');
    expect(quotes(t, 'tr').map((q) => q[1])).toEqual(['Taylan Oral', 'Taylan Oral']);
  });

  it('"“…”, dedi Taylan Oral.": a Turkish given name makes a place-named surname a person', () => {
    const t = 'Forum dün sona erdi.\n\n"İhracatımız iki katına çıkacak", dedi Taylan Oral.';
    expect(quotes(t, 'tr')).toEqual([[true, 'Taylan Oral', 'dedi', 'İhracatımız iki katına çıkacak']]);
  });

  it('"“…”, dedi AA muhabirine konuşan Bakan Yardımcısı X.": the name after the relay phrase speaks', () => {
    const t = [
      'Ceren Aksoy, sınır görüşmelerinin verimli geçtiğini söyledi.',
      '"Tekstilde büyük bir potansiyel var," dedi AA muhabirine konuşan Ekonomi Bakan Yardımcısı Tolga Karaman.',
    ].join('\n\n');
    expect(quotes(t, 'tr').map((q) => q[1])).toEqual(['Ceren Aksoy', 'Tolga Karaman']);
  });
});

describe('an outlet name shared by broadcasters of two countries', () => {
  it('"NTV\'ye yaptığı açıklamada" in a Turkish text is the Turkish NTV, not the Russian one', () => {
    const t =
      "Enerji Bakanı Tolga Karaman, NTV'ye yaptığı açıklamada, boru hattının 2028'de faaliyete geçeceğini kaydetti.";
    const got = quoteRecords(t, { language: 'tr', strict: true }).map((q) => [q.speaker, q.reportedBy]);
    expect(got).toEqual([['Tolga Karaman', ['NTV (Turkey)']]]);
  });
});

describe('a relay whose name ends in a digit', () => {
  it('"France 24\'e verdiği röportajda": the case ending after the digit is no bar to the relay', () => {
    const t = 'Paşinyan, France 24\'e verdiği röportajda, "Örgüt bizi korumadı" dedi.';
    const got = quoteRecords(t, { language: 'tr', strict: true }).map((q) => [q.speaker, q.reportedBy]);
    expect(got).toEqual([['Nikol Pashinyan', ['France 24']]]);
  });
});

describe('a medium named in a sentence of its own', () => {
  it('"X, DHA muhabirine açıklama yaptı. X, “…” dedi.": the medium relays X\'s next words, not another speaker\'s', () => {
    const t = [
      'Enerji Bakanı Tolga Karaman, tatbikatı izledikten sonra DHA muhabirine açıklama yaptı.',
      'Karaman, "Hat gelecek yıl açılacak" dedi.',
      'Rusya Dışişleri Bakanı Sergey Lavrov ise "Takvim belli değil" dedi.',
      'Cumhurbaşkanı Erdoğan, Bakü\'de konuştu. Erdoğan, "Kardeşliğimiz sürecek" dedi.',
    ].join(' ');
    const got = quoteRecords(t, { language: 'tr', strict: true }).map((q) => [q.speaker, q.reportedBy]);
    expect(got).toEqual([
      ['Tolga Karaman', ['Demirören News Agency']],
      ['Sergey Lavrov', []],
      ['Recep Tayyip Erdoğan', []],
    ]);
  });
});

#!/usr/bin/env python3
"""Writes the multilingual comparable-alignment fixture: six short articles (en ru kk tr es ar)
that carry the same four statements, one sentence each, plus per-language distractors that share
actors or numbers with a statement but say something else. Gold: every pair of the four statements
across languages (6 choose 2 × 4 = 60 pairs), plus the one true extra pair (en/es police deaths).
Sentences written for this fixture by the kzalign authors (no outside text). Usage: make.py"""
import itertools, os
here = os.path.dirname(os.path.abspath(__file__))
S = {
 'en': ["Kazakh President Kassym-Jomart Tokayev asked the CSTO for help on January 5.",
        "At least 225 people were killed during the unrest.",
        "Former security chief Karim Masimov was arrested on charges of treason.",
        "The government resigned after protests over fuel prices.",
        "Twelve police officers died in Almaty.",
        "The weather in the capital stayed cold all week."],
 'ru': ["Президент Казахстана Касым-Жомарт Токаев 5 января обратился за помощью к ОДКБ.",
        "Во время беспорядков погибли по меньшей мере 225 человек.",
        "Бывший глава КНБ Карим Масимов был арестован по обвинению в государственной измене.",
        "Правительство ушло в отставку после протестов из-за цен на топливо.",
        "В Алматы погибли 18 сотрудников полиции.",
        "Биржи в Астане открылись в понедельник."],
 'kk': ["Қазақстан Президенті Қасым-Жомарт Тоқаев 5 қаңтарда ҰҚШҰ-дан көмек сұрады.",
        "Тәртіпсіздіктер кезінде кемінде 225 адам қаза тапты.",
        "Бұрынғы ҰҚК төрағасы Кәрім Мәсімов мемлекетке опасыздық жасады деген айыппен қамауға алынды.",
        "Жанармай бағасына қарсы наразылықтан кейін үкімет отставкаға кетті."],
 'tr': ["Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev 5 Ocak'ta KGAÖ'den yardım istedi.",
        "Olaylar sırasında en az 225 kişi hayatını kaybetti.",
        "Eski güvenlik şefi Kerim Masimov vatana ihanet suçlamasıyla tutuklandı.",
        "Hükümet, yakıt fiyatlarına yönelik protestoların ardından istifa etti.",
        "Almatı'da 12 kişi yaralandı."],
 'es': ["El presidente de Kazajistán, Kasim-Yomart Tokáyev, pidió ayuda a la OTSC el 5 de enero.",
        "Al menos 225 personas murieron durante los disturbios.",
        "El exjefe de seguridad Karim Masímov fue detenido acusado de traición.",
        "El Gobierno dimitió tras las protestas por los precios del combustible.",
        "Doce policías murieron en Almaty."],
 'ar': ["طلب الرئيس الكازاخستاني قاسم جومارت توكاييف المساعدة من منظمة معاهدة الأمن الجماعي في 5 يناير.",
        "قتل ما لا يقل عن 225 شخصا خلال الاضطرابات.",
        "اعتقل رئيس الأمن السابق كريم ماسيموف بتهمة الخيانة.",
        "استقالت الحكومة بعد احتجاجات على أسعار الوقود."],
}
# Document ids are language names, not codes: ids that differ only by a code suffix (x-en / x-es)
# would be taken as declared translations and aligned in order.
NAMES = {'en': 'english', 'ru': 'russian', 'kk': 'kazakh', 'tr': 'turkish', 'es': 'spanish', 'ar': 'arabic'}
for lang, sentences in S.items():
    with open(os.path.join(here, 'corpus', f'{NAMES[lang]}.txt'), 'w', encoding='utf-8') as f:
        f.write('\n\n'.join(sentences) + '\n')
rows = []
for a, b in itertools.combinations(S, 2):
    for i in range(4):
        rows.append((NAMES[a], S[a][i], NAMES[b], S[b][i], 'equivalent'))
rows.append((NAMES['en'], S['en'][4], NAMES['es'], S['es'][4], 'equivalent'))
with open(os.path.join(here, 'alignments.tsv'), 'w', encoding='utf-8') as f:
    f.write('fileA\tquoteA\tfileB\tquoteB\tstrength\n')
    for r in rows:
        f.write('\t'.join(x.rstrip('.') for x in r) + '\n')

import Foundation
import Testing
@testable import KZAlign

/// The examples, on the shipped glossary and real ICU CLDR names.
@Suite("Glossary matching")
struct GlossaryMatchingTests {
    @Test("every language's CSTO name and acronym maps to csto", arguments: [
        ("Die OVKS schickte Truppen.", "OVKS", "de"),
        ("Die Organisation des Vertrags über kollektive Sicherheit tagte.", "Organisation des Vertrags über kollektive Sicherheit", "de"),
        ("ОДКБ направила миротворцев.", "ОДКБ", "ru"),
        ("Лидеры Организации Договора о коллективной безопасности встретились.", "Организации Договора о коллективной безопасности", "ru"),
        ("Tokayev sought assistance from the CSTO.", "CSTO", "en"),
        ("Le Kazakhstan a fait appel à l'OTSC.", "OTSC", "fr"),
        ("L’intervention d’OTSC a duré une semaine.", "OTSC", "fr"),
        ("KGAÖ'nün barış gücü geldi.", "KGAÖ", "tr"),
        ("ОДКБ-ның бітімгерлері келді.", "ОДКБ", "kk"),
    ])
    func cstoVariants(text: String, surface: String, language: String) throws {
        let found = try GlossaryTestSupport.terms(text, language: language)
        #expect(found.contains { $0 == (surface, "csto") }, "found \(found)")
    }

    @Test("German hyphenated compound: OVKS-Kräfte gives OVKS as the term")
    func germanHyphenCompound() throws {
        let found = try GlossaryTestSupport.terms("Die OVKS-Kräfte verlassen Kasachstan.", language: "de")
        #expect(found.contains { $0 == ("OVKS", "csto") })
        #expect(found.contains { $0 == ("Kasachstan", "kazakhstan") })
    }

    @Test("German closed compounds and inflection where flagged")
    func germanClosedCompound() throws {
        let found = try GlossaryTestSupport.terms("Die Flüssiggaspreise stiegen; der Ausnahmezustands-Erlass galt.", language: "de")
        #expect(found.contains { $0 == ("Flüssiggas", "lpg") }, "found \(found)")
        #expect(found.contains { $0 == ("Ausnahmezustands", "state-of-emergency") }, "found \(found)")
    }

    @Test("the KNB in every language and script", arguments: [
        ("КНБ задержал бывшего главу.", "КНБ"),
        ("ҰҚК төрағасы тағайындалды.", "ҰҚК"),
        ("The National Security Committee said so.", "National Security Committee"),
        ("Le Comité de sécurité nationale a déclaré.", "Comité de sécurité nationale"),
        ("Das Komitee für Nationale Sicherheit teilte mit.", "Komitee für Nationale Sicherheit"),
        ("Сотрудники Комитета национальной безопасности задержали.", "Комитета национальной безопасности"),
    ])
    func knbVariants(text: String, surface: String) throws {
        let found = try GlossaryTestSupport.terms(text)
        #expect(found.contains { $0 == (surface, "knb") }, "found \(found)")
    }

    @Test("one concept for the emergency state whatever the language", arguments: [
        ("Tokayev declared a state of emergency.", "state of emergency"),
        ("L’état d’urgence a été décrété.", "état d’urgence"),
        ("Der Ausnahmezustand gilt bis zum 19. Januar.", "Ausnahmezustand"),
        ("Введено чрезвычайное положение.", "чрезвычайное положение"),
        ("Режим чрезвычайного положения продлён.", "чрезвычайного положения"),
        ("Hükümet OHAL ilan etti.", "OHAL"),
        ("Ülkede olağanüstü hal ilan edildi.", "olağanüstü hal"),
    ])
    func emergency(text: String, surface: String) throws {
        let found = try GlossaryTestSupport.terms(text)
        #expect(found.contains { $0 == (surface, "state-of-emergency") }, "found \(found)")
    }

    @Test("one concept for LPG", arguments: ["LPG", "GPL", "Flüssiggas", "сжиженный газ", "liquefied petroleum gas"])
    func lpg(surface: String) throws {
        let found = try GlossaryTestSupport.terms("Prices of \(surface) doubled.")
        #expect(found.contains { $0 == (surface, "lpg") }, "found \(found)")
    }

    @Test("Kazakhstan from CLDR in every script, and inflected", arguments: [
        "Kasachstan", "Kazakhstan", "Казахстан", "Kazakistan", "Қазақстан", "Kazajistán", "كازاخستان", "哈萨克斯坦",
    ])
    func kazakhstan(surface: String) throws {
        let found = try GlossaryTestSupport.terms("Die Lage in \(surface) ist ruhig.")
        #expect(found.contains { $0 == (surface, "kazakhstan") }, "found \(found)")
    }

    @Test("case endings of CLDR country names and historic exonyms")
    func inflectedCountries() throws {
        let ru = try GlossaryTestSupport.terms("Президент Казахстана прибыл в Россию.", language: "ru")
        #expect(ru.contains { $0 == ("Казахстана", "kazakhstan") })
        #expect(ru.contains { $0 == ("Россию", "russia") })
        let kk = try GlossaryTestSupport.terms("Қазақстанның Мәжілісі жиналды.", language: "kk")
        #expect(kk.contains { $0 == ("Қазақстанның", "kazakhstan") }, "found \(kk)")
        #expect(kk.contains { $0 == ("Мәжілісі", "mazhilis") }, "found \(kk)")
        let de = try GlossaryTestSupport.terms("Truppen aus Weißrussland und Kirgisien.", language: "de")
        #expect(de.contains { $0 == ("Weißrussland", "belarus") })
        #expect(de.contains { $0 == ("Kirgisien", "kyrgyzstan") })
    }

    @Test("never inside a word, a URL or a domain")
    func negatives() throws {
        #expect(try GlossaryTestSupport.terms("The KNBX index and KNB1 code.").isEmpty)
        #expect(try GlossaryTestSupport.terms("Quelle: https://example.org/ovks/OVKS-kazakhstan-2022 und www.ovks.de").isEmpty)
        #expect(try GlossaryTestSupport.terms("Site: odkb-csto.org, mail info@csto.int").isEmpty)
        #expect(try GlossaryTestSupport.terms("the knb of lowercase acronyms").isEmpty)
        #expect(try GlossaryTestSupport.terms("a turkey dinner").isEmpty)
    }

    @Test("longest match wins: the UN Security Council is not the Security Council")
    func longestFirst() throws {
        let found = try GlossaryTestSupport.terms("The UN Security Council met; Kazakhstan's Security Council too.")
        #expect(found.map(\.1) == ["un-security-council", "kazakhstan", "security-council"], "found \(found)")
        let coup = try GlossaryTestSupport.terms("it was a coup attempt")
        #expect(coup.map(\.1) == ["coup-attempt"])
    }

    @Test("endings count only in text of their language family")
    func endingsFollowLanguage() throws {
        #expect(try GlossaryTestSupport.terms("Pakistani officials said.", language: "en").isEmpty)
        let tr = try GlossaryTestSupport.terms("Pakistanı ziyaret etti.", language: "tr")
        #expect(tr.contains { $0 == ("Pakistanı", "pakistan") }, "found \(tr)")
        let ru = try GlossaryTestSupport.terms("Пакистана", language: "en")
        #expect(ru.isEmpty)
    }
}

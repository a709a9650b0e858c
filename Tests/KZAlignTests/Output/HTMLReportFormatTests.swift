import Foundation
import Testing
@testable import KZAlign
import KZAlignTestSupport

@Suite("report.html")
struct HTMLReportFormatTests {
    let html = HTMLReportFormat().html(for: OutputFixture.result())

    func occurrences(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func injectedMarkupIsEscapedNeverRaw() {
        for raw in [OutputFixture.injectedScript, OutputFixture.injectedImage, OutputFixture.injectedTitle] {
            #expect(!html.contains(raw), "raw markup in the page: \(raw)")
        }
        #expect(html.contains("&lt;script&gt;window.__pwned=1;document.title=&#39;PWNED&#39;&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=&quot;document.title=&#39;PWNED&#39;&quot;&gt;"))
        #expect(occurrences("<script", in: html.lowercased()) == 1, "only the report's own script")
        #expect(!html.lowercased().contains("<img"))
        #expect(!html.lowercased().contains("<svg onload"))
        // Every attribute-breaking quote from the corpus is escaped (the title with \"> is shown in the document table).
        #expect(html.contains("Хабар &quot;&gt;&lt;svg onload=&quot;document.title=&#39;PWNED&#39;&quot;&gt;&lt;/svg&gt;"))
    }

    @Test func contentSecurityPolicyAllowsOnlyTheReportsOwnScript() {
        #expect(html.contains("script-src \(ReportAssets.scriptHashSource)"))
        #expect(html.contains("<script>\(ReportAssets.script)</script>"))
        #expect(html.contains("default-src 'none'"))
        // The policy's hash is the base64 SHA-256 of the exact script text (CSP Level 2, hash-source).
        let base64 = Data(SHA256.digest(Array(ReportAssets.script.utf8))).base64EncodedString()
        #expect(ReportAssets.scriptHashSource == "'sha256-\(base64)'")
    }

    @Test func selfContainedWithoutNetwork() {
        let withoutNamespace = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        #expect(!withoutNamespace.contains("http://") && !withoutNamespace.contains("https://"))
        // Corpus text is escaped, so any "<" left in the page starts one of the report's own tags.
        let tags = html.split(separator: "<").dropFirst().map { $0.prefix { $0 != ">" } }
        #expect(!tags.contains { $0.hasPrefix("link") || $0.hasPrefix("img") || $0.hasPrefix("iframe") || $0.contains(" src=") || $0.contains(" href=\"http") })
    }

    @Test func alignedStatementsAreGroupedByPairWithHighlightsAndScores() {
        #expect(html.contains("English ↔ Russian"))
        #expect(html.contains("English ↔ Kazakh"))
        #expect(html.contains("<mark class=\"name match\" title=\"Karim Masimov\">Karim Massimov</mark>"))
        #expect(html.contains("<mark class=\"name match\" title=\"Karim Masimov\">Карим Масимов</mark>"))
        #expect(html.contains("<mark class=\"term match\" title=\"National Security Committee (KNB)\">Комитета национальной безопасности</mark>"))
        #expect(html.contains("<mark class=\"number match\" title=\"225\">225</mark>"))
        // A term not named by the link's evidence is marked, but not as a match.
        #expect(html.contains("<mark class=\"term\" title=\"National Security Committee (KNB)\">National Security Committee</mark>"))
        #expect(html.contains("<mark class=\"name match\" title=\"Karim Masimov\">Мәсімов</mark>"))
        #expect(html.contains("<td class=\"num score\">0.91</td>"))
        // The ru→en link is shown with English on the left, like the en→ru one.
        let english = html.range(of: "Officials in <mark class=\"name match\" title=\"Kazakhstan\">Kazakhstan</mark>")!
        let russian = html.range(of: "Власти <mark class=\"name match\" title=\"Kazakhstan\">Казахстана</mark>")!
        #expect(english.lowerBound < russian.lowerBound)
    }

    @Test func nameIndexShowsVariantsWithLanguagesScriptsAndCounts() {
        #expect(html.contains("Мәсімов <small>kk · Cyrl · 1</small>"))
        #expect(html.contains("Karim Massimov <small>en · Latn · 1</small>"))
        #expect(html.contains("<b>Amanat, &quot;party&quot;</b>"))
        #expect(occurrences("<svg class=\"chart\"", in: html) == 2)
    }

    @Test func largeCorporaAreCutWithANote() {
        let limited = HTMLReportFormat(limits: .init(linksPerPair: 1, entities: 1, documents: 2))
            .html(for: OutputFixture.result())
        #expect(limited.contains("Showing the 1 best of 2 links"))
        #expect(limited.contains("Showing the 1 most-mentioned of 3 entities"))
        #expect(limited.contains("Showing 2 of 3 documents"))
    }

    @Test func emptyCorpusStillRenders() {
        let page = HTMLReportFormat().html(for: RunResult(corpus: Corpus(documents: []), manifest: OutputFixture.result().manifest))
        #expect(page.contains("No aligned statements."))
        #expect(page.hasSuffix("</html>\n"))
    }

    @Test func sameResultGivesSameBytes() {
        #expect(html == HTMLReportFormat().html(for: OutputFixture.result()))
    }
}

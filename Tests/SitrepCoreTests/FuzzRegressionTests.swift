import Foundation
import Testing
@testable import SitrepCore

/// Every input the fuzzer once crashed on (`Tests/Fuzz/regressions`) goes through loading, the pipeline and the
/// exports without trapping.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let folder = Fixtures.root.appendingPathComponent("Tests/Fuzz/regressions")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func theFolderHoldsInputs() {
        #expect(Self.inputs.count >= 2)
    }

    @Test(arguments: inputs) func anInputOnceCrashingIsRead(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let loader = CorpusLoader(defaultPublished: CalendarDate(iso: "2024-12-01"))
        guard case .success(let doc) = loader.document(from: bytes, path: name) else { return }
        let analysis = Pipeline(lexicon: Fixtures.lexicon).analyse(documents: [doc], problems: [], workers: 1)
        #expect(!analysis.documents.isEmpty)
        _ = try JSONExport.data(analysis, generator: "test")
    }
}

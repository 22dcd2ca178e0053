import Foundation

/// The test process's own scratch folder: every test's temporary files go under it, and it is removed when the
/// process exits, so test runs leave nothing behind in the system's temporary directory.
public enum TestScratch {
    /// `$TMPDIR/sitrep-tests-PID`, made on first use; removed at exit.
    public static let directory: URL = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestScratch.directory) }
        return dir
    }()
}

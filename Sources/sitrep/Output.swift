import Foundation

/// Writes bytes to a file descriptor with `write(2)`, so that a failure is an error naming its cause, never a crash.
enum Output {
    /// Why a write failed.
    enum Failure: Error, Equatable {
        /// The reader went away (`| head`): not an error worth a message.
        case closedPipe
        /// Any other failure, with `errno` (ENOSPC for a full disk, EBADF for a closed descriptor, EIO …).
        case failed(errno: Int32)

        /// The cause in words: "no space left on device", "standard output is closed".
        var cause: String {
            switch self {
            case .closedPipe: return "the reader closed the pipe"
            case .failed(let e) where e == EBADF: return "it is closed"
            case .failed(let e): return String(cString: strerror(e)).lowercased()
            }
        }
    }

    /// Writes all of `data` to `fd`, retrying short writes and EINTR.
    static func write(_ data: Data, to fd: Int32) throws(Failure) {
        let failure: Failure? = data.withUnsafeBytes { raw -> Failure? in
            guard var p = raw.baseAddress else { return nil }
            var left = raw.count
            while left > 0 {
                let n = Glibc.write(fd, p, left)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno == EPIPE ? .closedPipe : .failed(errno: errno)
                }
                p += n; left -= n
            }
            return nil
        }
        if let failure { throw failure }
    }

    /// Runs `produce` with a sink that writes each piece to the file at `path` (created or truncated first), or to
    /// standard output when `path` is nil; failures become the CLI errors that name the file or standard output.
    static func stream(toFile path: String?, _ produce: (_ sink: (Data) throws -> Void) throws -> Void) throws {
        guard let path else { return try produce { try Terminal.write($0) } }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CLIError.output(path, Failure.failed(errno: errno).cause) }
        do {
            try produce { data in
                do throws(Failure) { try write(data, to: fd) } catch { throw CLIError.output(path, error.cause) }
            }
        } catch { close(fd); throw error }
        if close(fd) != 0 { throw CLIError.output(path, Failure.failed(errno: errno).cause) }
    }

    /// Ignores SIGPIPE, so that a closed pipe is an EPIPE this module sees (and ends quietly), not a signal.
    static func ignoreBrokenPipeSignal() { signal(SIGPIPE, SIG_IGN) }

    /// Fills a closed standard descriptor (`>&-`, `2>&-`) with /dev/null opened read-only, before any file is opened:
    /// otherwise the next file opened would take its number and receive the report or the messages. Writing to it
    /// then fails with EBADF, which reads as "closed".
    static func holdClosedStandardDescriptors() {
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let got = open("/dev/null", O_RDONLY)
            if got >= 0 && got != fd { dup2(got, fd); close(got) }
        }
    }
}

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=rule-id::message`.
///
/// `error` and `warning` map to themselves, `info` to `notice`. Data is escaped as GitHub's
/// toolkit does: `%`, CR and LF everywhere, and `:` and `,` too in properties.
public enum GitHubReporter {
    /// One workflow command (`::error`, `::warning` or `::notice`) per diagnostic, in report order.
    public static func render(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        write(diagnostics) { out += $0 }
        return out
    }

    /// The same text as ``render(_:)``, handed to `emit` a piece at a time (about 64 KB), so that
    /// a large report is written without being held whole. `diagnostics` are read once, in order.
    public static func write(_ diagnostics: some Sequence<Diagnostic>, to emit: (String) -> Void) {
        var out = ""
        for d in diagnostics {
            ReportPieces.handOut(&out, to: emit)
            let command: String
            switch d.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .info: command = "notice"
            }
            let properties = "file=\(property(d.file)),line=\(d.location.line),col=\(d.location.column),title=\(property(d.rule.rawValue))"
            out += "::\(command) \(properties)::\(data(d.message))\n"
        }
        emit(out)
    }

    /// Escapes a command's message.
    public static func data(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Escapes a property value.
    public static func property(_ text: String) -> String {
        var out = ""
        for c in data(text).unicodeScalars {
            switch c {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

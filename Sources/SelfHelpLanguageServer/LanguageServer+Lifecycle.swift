import Foundation
import SelfHelpKit

extension LanguageServer {
    /// `initialize`: negotiates the position encoding, loads the workspace folders, and says
    /// what the server can do.
    func initialize(_ params: JSONValue) -> JSONOutput {
        let capabilities = params["capabilities"]?.value
        encoding = PositionEncoding.negotiate(capabilities?[path: "general", "positionEncodings"]?.arrayValue?.compactMap(\.value.stringValue))
        clientPullsDiagnostics = capabilities?[path: "textDocument", "diagnostic"] != nil
        clientRefreshesDiagnostics = capabilities?[path: "workspace", "diagnostics", "refreshSupport"]?.boolValue == true
        clientRegistersWatchers = capabilities?[path: "workspace", "didChangeWatchedFiles", "dynamicRegistration"]?.boolValue == true
        var roots: [String] = []
        for folder in params["workspaceFolders"]?.value.arrayValue ?? [] {
            if let uri = folder["uri"]?.value.stringValue, let path = DocumentURI.path(uri) { roots.append(path) }
        }
        if roots.isEmpty, let uri = params["rootUri"]?.value.stringValue, let path = DocumentURI.path(uri) { roots.append(path) }
        if roots.isEmpty, let path = params["rootPath"]?.value.stringValue, !path.isEmpty { roots.append(path) }
        for root in roots {
            do {
                var configuration = try ConfigurationLoader.find(from: root).map(ConfigurationLoader.load) ?? Configuration()
                if let catalog { configuration.catalog = catalog }
                let workspace = try Workspace(root: root, configuration: configuration)
                workspaces.append(workspace)
                for error in workspace.loadErrors { log("selfhelp lsp: \(error)", type: 2) }
            } catch {
                log("selfhelp lsp: cannot load the workspace folder \(root): \(error)", type: 1)
            }
        }
        let diagnosticProvider: [(String, JSONOutput)] = clientPullsDiagnostics
            ? [("diagnosticProvider", .object([("interFileDependencies", true), ("workspaceDiagnostics", false)]))] : []
        return .object([
            ("capabilities", .object([
                ("positionEncoding", .string(encoding.rawValue)),
                ("textDocumentSync", .object([("openClose", true), ("change", 2), ("save", .object([("includeText", false)]))])),
                ("codeActionProvider", .object([("codeActionKinds", .array(["quickfix"]))])),
                ("hoverProvider", true),
                ("completionProvider", .object([("triggerCharacters", .array(["\"", ",", " "]))])),
            ] + diagnosticProvider)),
            ("serverInfo", .object([("name", "selfhelp"), ("version", .string(SelfHelpVersion.current))])),
        ])
    }

    /// `initialized`: asks the client to watch the articles on disk, when it can
    /// (`workspace/didChangeWatchedFiles` then reports edits made outside the editor).
    func didInitialize() {
        guard clientRegistersWatchers else { return }
        sendRequest("client/registerCapability", params: .object([("registrations", .array([.object([
            ("id", "selfhelp-watch-articles"),
            ("method", "workspace/didChangeWatchedFiles"),
            ("registerOptions", .object([("watchers", .array([.object([("globPattern", "**/*.md")])]))])),
        ])]))]))
    }

    func didOpen(_ params: JSONValue) throws {
        guard let item = params["textDocument"]?.value, let uri = item["uri"]?.value.stringValue,
              let text = item["text"]?.value.stringValue else { throw JSONRPCFailure.missing("textDocument") }
        guard let path = DocumentURI.path(uri) else { throw JSONRPCFailure.missing("a file: URI") }
        let document = TextDocument(uri: uri, path: path, version: item["version"]?.value.intValue ?? 0, text: text)
        documents[path] = document
        changed(path, bytes: document.bytes)
    }

    func didChange(_ params: JSONValue) throws {
        guard let uri = params[path: "textDocument", "uri"]?.stringValue, let path = DocumentURI.path(uri),
              var document = documents[path] else { throw JSONRPCFailure.missing("an open textDocument") }
        guard let changes = params["contentChanges"]?.value.arrayValue else { throw JSONRPCFailure.missing("contentChanges") }
        for change in changes {
            guard let text = change["text"]?.value.stringValue else { throw JSONRPCFailure.missing("contentChanges[].text") }
            if let range = change["range"]?.value {
                guard let start = offset(range["start"]?.value, in: document), let end = offset(range["end"]?.value, in: document) else {
                    throw JSONRPCFailure.missing("contentChanges[].range")
                }
                document.replace(min(start, end)..<max(start, end), with: text)
            } else {
                document.replace(nil, with: text)
            }
        }
        if let version = params[path: "textDocument", "version"]?.intValue { document.version = version }
        documents[path] = document
        changed(path, bytes: document.bytes)
    }

    func didClose(_ params: JSONValue) throws {
        guard let uri = params[path: "textDocument", "uri"]?.stringValue, let path = DocumentURI.path(uri) else {
            throw JSONRPCFailure.missing("textDocument.uri")
        }
        documents[path] = nil
        looseArticles[path] = nil
        // The file on disk is the truth again (the buffer may have been closed unsaved).
        if let workspace = workspace(for: path) {
            do { schedule(try workspace.reload(path)) } catch { log("selfhelp lsp: \(error)", type: 2) }
        }
        published[path] = nil
        if !clientPullsDiagnostics {
            writer.send(publishDiagnostics(uri: uri, version: nil, diagnostics: []))
        }
    }

    func didChangeWatchedFiles(_ params: JSONValue) {
        for change in params["changes"]?.value.arrayValue ?? [] {
            guard let uri = change["uri"]?.value.stringValue, let path = DocumentURI.path(uri),
                  documents[path] == nil, let workspace = workspace(for: path) else { continue }
            do {
                if change["type"]?.value.intValue == 3 { schedule(workspace.remove(path)) } else { schedule(try workspace.reload(path)) }
            } catch {
                log("selfhelp lsp: \(error)", type: 2)
            }
        }
    }

    /// The workspace whose folder holds `path`, if any.
    func workspace(for path: String) -> Workspace? {
        workspaces.filter { path.hasPrefix($0.root.hasSuffix("/") ? $0.root : $0.root + "/") }.max { $0.root.count < $1.root.count }
    }

    /// New bytes for an open document: into its workspace (or validated alone). A buffer larger
    /// than ``LanguageServer/maximumArticleBytes`` is kept but not checked: the client is told once,
    /// and the article's last checked version stays in the workspace.
    private func changed(_ path: String, bytes: [UInt8]) {
        guard bytes.count <= LanguageServer.maximumArticleBytes else {
            log("selfhelp lsp: \(path) is \(bytes.count) bytes; articles over \(LanguageServer.maximumArticleBytes) bytes are not checked", type: 2)
            showMessage("selfhelp: \((path as NSString).lastPathComponent) is too large to check (\(bytes.count >> 20) MiB; the limit is \(LanguageServer.maximumArticleBytes >> 20) MiB)", type: 2)
            published[path] = []
            if !clientPullsDiagnostics, let document = documents[path] {
                writer.send(publishDiagnostics(uri: document.uri, version: document.version, diagnostics: []))
            }
            return
        }
        if let workspace = workspace(for: path) {
            schedule(workspace.update(path, bytes: bytes).union([path]))
        } else {
            looseArticles[path] = ArticleParser.parse(bytes, path: path)
            schedule([path])
        }
    }

    /// The byte offset of an LSP `Position` object in `document`.
    func offset(_ position: JSONValue?, in document: TextDocument) -> Int? {
        guard let line = position?["line"]?.value.intValue, let character = position?["character"]?.value.intValue else { return nil }
        return document.offset(line: line, character: character, encoding: encoding)
    }
}

extension Workspace {
    /// Every finding of a workspace, in report order, as they were when taken
    /// (``Workspace/allFindings``). Each article's findings are merged as the sequence reaches
    /// them, so a report of a large knowledge base is written without an array of all of them.
    ///
    /// ```swift
    /// let findings = workspace.allFindings
    /// JSONReporter.write(findings, files: workspace.count) { FileHandle.standardOutput.write(Data($0)) }
    /// ```
    public struct Findings: Sequence, Sendable {
        /// Every article's facts, in path order (their own findings among them).
        let facts: [ArticleFacts]
        /// The cross-article rules' findings, by the path they name.
        let cross: [String: [Diagnostic]]

        /// An article's findings: its own and the cross-article rules' that name it, in report order.
        /// (Its path and findings are taken, not its whole facts, which a call would copy.)
        static func merged(_ own: [Diagnostic], path: String, _ cross: [String: [Diagnostic]]) -> [Diagnostic] {
            guard let named = cross[path] else { return own }
            return (own + named).sorted(by: Diagnostic.reportOrder)
        }

        /// How many findings there are, counted without merging them.
        public var underestimatedCount: Int {
            facts.reduce(0) { $0 + $1.findings.count + (cross[$1.path]?.count ?? 0) }
        }

        /// The counts of the findings over `files` checked files, made without merging them.
        public func summary(files: Int) -> ReportSummary {
            var counts = SeverityCounts(), withFindings = 0
            for fact in facts {
                let named = cross[fact.path] ?? []
                if fact.findings.isEmpty, named.isEmpty { continue }
                withFindings += 1
                counts += SeverityCounts(fact.findings)
                counts += SeverityCounts(named)
            }
            return ReportSummary(counts: counts, files: files, filesWithDiagnostics: withFindings)
        }

        /// An iterator from the first article's findings on.
        public func makeIterator() -> Iterator { Iterator(findings: self) }

        /// Walks the articles in path order, merging each one's findings when it is reached.
        public struct Iterator: IteratorProtocol {
            let findings: Findings
            var article = 0
            var current: [Diagnostic] = []
            var position = 0

            /// The next finding: the rest of this article's, then the next article's merged.
            public mutating func next() -> Diagnostic? {
                while position == current.count {
                    guard article < findings.facts.count else { return nil }
                    current = Findings.merged(findings.facts[article].findings, path: findings.facts[article].path, findings.cross)
                    position = 0
                    article += 1
                }
                position += 1
                return current[position - 1]
            }
        }
    }
}

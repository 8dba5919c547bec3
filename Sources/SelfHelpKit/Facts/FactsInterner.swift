/// Makes the facts of many articles share the storage of the values they repeat.
///
/// Across a knowledge base most of an article's metadata is a value other articles hold too: the
/// service, the type, the clouds, the product ids, the support topics, the section anchors that
/// a template gives (`recommended-steps`, `resources`). Each article's facts are parsed or read
/// on their own, so each holds its own copy of each string and list: with the facts of every
/// article in memory at once (a build, a workspace), the copies are most of their size.
///
/// An interner keeps one instance of each value it has seen and gives that one back for an equal
/// value, so that equal strings and lists share one buffer. Nothing about the facts changes but
/// where their bytes are. It holds what it has seen until it is dropped: keep one for as long as
/// the facts it interned are kept, not longer.
///
/// ```swift
/// var interner = FactsInterner()
/// var facts = ArticleFacts(path: "a.md", serviceName: "Virtual Machines")
/// interner.intern(&facts)
/// ```
package struct FactsInterner {
    private var strings = Set<String>()
    private var lists = Set<[String]>()

    package init() {}

    /// Replaces the values of `facts` that an earlier article held with that article's instances.
    package mutating func intern(_ facts: inout ArticleFacts) {
        facts.serviceName = facts.serviceName.map { intern($0) }
        facts.typeName = facts.typeName.map { intern($0) }
        facts.resource = facts.resource.map { intern($0) }
        // The header's title is most often the H1's too.
        if let title = facts.title, facts.pageTitle == title { facts.pageTitle = title }
        facts.cloudNames = intern(facts.cloudNames)
        facts.productPesIds = intern(facts.productPesIds)
        facts.supportTopicIds = intern(facts.supportTopicIds)
        facts.anchors = intern(facts.anchors)
        // An entry's id is one of the list's ids (interned above); the entries' positions make each list its own.
        for index in facts.supportTopicEntries.indices {
            facts.supportTopicEntries[index].id = intern(facts.supportTopicEntries[index].id)
        }
    }

    /// The instance of `value` seen first.
    package mutating func intern(_ value: String) -> String {
        if let seen = strings.firstIndex(of: value) { return strings[seen] }
        strings.insert(value)
        return value
    }

    /// The instance of `list` seen first; a list not seen before is kept with its strings interned.
    package mutating func intern(_ list: [String]) -> [String] {
        if list.isEmpty { return list }
        if let seen = lists.firstIndex(of: list) { return lists[seen] }
        let interned = list.map { intern($0) }
        lists.insert(interned)
        return interned
    }
}

/// The product-name substitutions `product-name` applies: a wrong spelling and the right one,
/// like Vale's substitution rules. Matched as whole words and case-sensitively (so the right
/// spelling, and words such as "powershell.exe" in a path, never match).
///
/// The built-in list holds names whose wrong spellings content reviewers fixed by hand, and their
/// common variants; every right spelling is the product's own (Microsoft's style for its products,
/// the vendor's for others). `.selfhelp.json` adds terms with `"productNames"`.
public enum ProductNameTerms {
    /// Wrong spelling → right spelling.
    public static let builtIn: [(wrong: String, right: String)] = [
        ("Mongo DB", "MongoDB"), ("Mongo Db", "MongoDB"), ("MongoDb", "MongoDB"), ("Mongodb", "MongoDB"),
        ("SynapseSQL", "Synapse SQL"), ("Synapse Sql", "Synapse SQL"),
        ("Azure Active directory", "Azure Active Directory"), ("Azure active directory", "Azure Active Directory"),
        ("Azure active Directory", "Azure Active Directory"), ("AzureAD", "Azure AD"),
        ("Entra Id", "Entra ID"),
        ("Cosmos Db", "Cosmos DB"), ("Cosmos db", "Cosmos DB"), ("CosmosDb", "Cosmos DB"), ("Cosmosdb", "Cosmos DB"),
        ("Power Shell", "PowerShell"), ("Powershell", "PowerShell"),
        ("Git Hub", "GitHub"), ("Github", "GitHub"),
        ("Share Point", "SharePoint"), ("Sharepoint", "SharePoint"),
        ("One Drive", "OneDrive"), ("Onedrive", "OneDrive"),
        ("KeyVault", "Key Vault"), ("Keyvault", "Key Vault"), ("Key vault", "Key Vault"),
        ("Express Route", "ExpressRoute"), ("Expressroute", "ExpressRoute"),
        ("Azure Devops", "Azure DevOps"), ("Azure Dev Ops", "Azure DevOps"), ("Azure DevOPS", "Azure DevOps"),
        ("Data Bricks", "Databricks"), ("DataBricks", "Databricks"),
        ("HD Insight", "HDInsight"), ("HDinsight", "HDInsight"), ("HdInsight", "HDInsight"),
        ("Postgre SQL", "PostgreSQL"), ("PostgresSQL", "PostgreSQL"), ("Postgresql", "PostgreSQL"), ("PostGreSQL", "PostgreSQL"),
        ("MySql", "MySQL"), ("Mysql", "MySQL"), ("My SQL", "MySQL"),
        ("Sql Server", "SQL Server"), ("Sql Database", "SQL Database"),
        ("Java Script", "JavaScript"), ("Javascript", "JavaScript"),
        ("Linkedin", "LinkedIn"),
        ("Visual studio", "Visual Studio"), ("VisualStudio", "Visual Studio"),
        ("Front door", "Front Door"), ("FrontDoor", "Front Door"),
        ("ServiceBus", "Service Bus"), ("Service bus", "Service Bus"),
        ("EventHubs", "Event Hubs"), ("EventHub", "Event Hubs"), ("Event hubs", "Event Hubs"),
        ("Log analytics", "Log Analytics"), ("LogAnalytics", "Log Analytics"),
        ("Data factory", "Data Factory"), ("DataFactory", "Data Factory"),
        ("Kubernetes service", "Kubernetes Service"),
        ("App service", "App Service"), ("AppService", "App Service"),
        ("Windows Powershell", "Windows PowerShell"),
    ]

    /// The built-in terms with `extra` added (an extra term replaces a built-in one of the same
    /// wrong spelling), longest wrong spelling first so that "Azure Active directory" wins over
    /// a shorter term inside it.
    public static func terms(adding extra: [String: String] = [:]) -> [(wrong: String, right: String)] {
        var byWrong: [String: String] = [:]
        for term in builtIn { byWrong[term.wrong] = term.right }
        for (wrong, right) in extra { byWrong[wrong] = right }
        return byWrong.filter { $0.key != $0.value }.map { (wrong: $0.key, right: $0.value) }
            .sorted { $0.wrong.utf8.count != $1.wrong.utf8.count ? $0.wrong.utf8.count > $1.wrong.utf8.count : $0.wrong < $1.wrong }
    }
}

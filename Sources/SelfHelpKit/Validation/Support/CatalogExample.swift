/// The catalog the catalog rules' examples are validated with.
extension Example {
    static let exampleCatalog = """
        supportTopicId,productPesId,service,name,clouds
        32600901,16501,microsoft.storage,Blob upload fails,public;fairfax
        32600903,16501,microsoft.storage,Account deletion,public
        ,16502,microsoft.compute,Virtual machines,
        """
}

/// Words the `spelling` rule accepts though the US English dictionary does not know them:
/// product and service names, and terms of the trade. Compared in lower case. Names with an
/// inner capital (`PowerShell`) or in capitals (`VNET`) are never checked and need no entry;
/// `.selfhelp.json` adds words with `"words"`.
enum SpellingAcceptList {
    static let words: Set<String> = Set("""
        azure entra intune defender sentinel bicep kusto synapse databricks hdinsight purview cosmos
        kubernetes helm docker dockerfile containerd istio linux ubuntu debian centos redhat rhel suse
        windows microsoft bing onedrive sharepoint outlook dynamics fabric copilot teams skype yammer
        mongodb cassandra gremlin postgresql mysql mariadb redis memcached kafka hadoop spark hive
        github gitlab jenkins terraform ansible powershell bash cmdlet cmdlets runbook runbooks
        nginx apache tomcat iis kerberos ntlm ldap saml oauth openid ssl tls https http dns dhcp
        vnet vnets subnet subnets nsg nsgs vpn vpns peering hostname hostnames localhost ipconfig
        nslookup tcp udp icmp rdp ssh sftp ftp smtp imap ip ipv url urls uri uris api apis sdk sdks
        json yaml xml csv html css javascript typescript nodejs npm python pip java jdk jre maven
        gradle dotnet nuget golang rust php ruby sql tsql nosql odbc jdbc ado oledb
        backend frontend failover failback geo georeplication workload workloads autoscale autoscaling
        autoscaler scalability throughput latency idempotent reindex reindexing deduplication dedup
        metadata datastore datastores dataset datasets dataflow dataflows pipeline pipelines
        blob blobs lifecycle tier tiering rehydrate rehydration snapshot snapshots
        config configs login logins signin signup logon logout username usernames passwordless
        multifactor mfa sso tenant tenants subscription subscriptions workspace workspaces
        admin admins sysadmin sudo timestamp timestamps timeout timeouts runtime runtimes
        plugin plugins addon addons add-on webhook webhooks websocket websockets endpoint endpoints
        middleware namespace namespaces microservice microservices serverless
        onboard onboarding offboarding offboard troubleshoot troubleshooting troubleshooter
        preconfigured prerequisite prerequisites reconfigure redeploy redeployment deallocate
        deallocated deallocation reimage reimaged resize resized repo repos
        checkbox dropdown dropdowns textbox tooltip tooltips popup popups navbar
        blade blades portal marketplace appliance appliances hotfix hotfixes
        async sync resync keyvault eventhub eventhubs servicebus appservice webapp webapps
        vm vms vmss aks acr acs aci arm rbac iam pim sku skus ram cpu cpus gpu gpus iops vcpu vcores
        vcore ssd ssds hdd nvme lun luns raid
        pre multi geo cloudyn avere hyperscale postgres ambari quickstart quickstarts profiler unmanaged timeframe
        citus agentless programmatically datacenter datacenters pooler netstat metastore breakpoint breakpoints
        impactful peerings backends lsof tcpdump initscript initscripts passthrough polybase skillset datadog
        walkthrough kubectl classloader writeback stateful stateless unmount gmail netsh openssl sharded sharding
        certutil antimalware sparklyr mysqldump autovacuum headnode headnodes traceroute sev unregister perfmon
        ctrl bizspark performant telegraf rekey deallocating filesystem filesystems distro distros misconfigured
        misconfiguration anonymized pyodbc dbfs bitbucket charset hikari mbps gbps iptables wireshark tempdb
        columnstore citrix netlogon striim xstore hbase tez tcpping psping iometer keyspace keyspaces cutover
        cli dll pdf env schemas cors datetime gzip uptime rollout rollup kubelet kube sysprep diskpart threadpool
        backoff teardown upsert scala conda codec codecs bitrate roadmap syslog wifi webserver subfolder subfolders
        untrusted sandboxing remediation remediations scaleset smartcard natively rebalance validator initializer
        requestor downloader hardcoded routable mutex vhd vhds cybersecurity geolocation splunk vmware hortonworks qlik
        undelete precreate precheck unoptimized onboarded undeployable uncontained
        rebalancing autopause exfiltration forecasted foreach datetimeoffset salesforce mins
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}

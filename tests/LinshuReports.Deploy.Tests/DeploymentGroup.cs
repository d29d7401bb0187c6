namespace LinshuReports.Deploy.Tests;

/// <summary>
/// One deployment at a time: each starts nginx and two instances, and the load and failover tests measure what readers
/// get, which a second deployment loading the same two cores would distort.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DeploymentGroup
{
    public const string Name = "deployment";
}

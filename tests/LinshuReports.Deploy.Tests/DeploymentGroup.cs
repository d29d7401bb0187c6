namespace LinshuReports.Deploy.Tests;

/// <summary>One deployment at a time: each run publishes the site and starts its own processes.</summary>
[CollectionDefinition(Name)]
public sealed class DeploymentGroup
{
    public const string Name = "deployment";
}

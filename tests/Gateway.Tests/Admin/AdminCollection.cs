namespace SanguoOrleans.Gateway.Tests.Admin;

/// <summary>All admin tests share one silo: each test makes accounts of its own, so they do not interfere.</summary>
[CollectionDefinition(Name)]
public sealed class AdminCollection : ICollectionFixture<GatewayFixture>
{
    public const string Name = "admin";
}

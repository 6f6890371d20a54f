using SanguoOrleans.Grains.Storage;

namespace SanguoOrleans.Grains.Tests.Storage;

/// <summary>Re-applying the schema, as every silo start does, while the storage is in use.</summary>
[Collection(MySqlStorageCollectionDefinition.Name)]
public sealed class MySqlSchemaTests(MySqlStorageFixture fixture)
{
    [Fact]
    public async Task Silos_applying_the_schema_at_once_keep_existing_state()
    {
        var grain = fixture.Cluster.GrainFactory.GetGrain<IStorageProbeGrain>($"probe-{Guid.NewGuid():N}");
        await grain.WriteAsync("Sun Quan", "Wu");

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => MySqlSchema.ApplyAsync(fixture.ConnectionString)));

        await grain.DeactivateAsync();
        var reread = await grain.GetAsync();
        Assert.Equal("Sun Quan", reread.Name);
        await grain.WriteAsync("Sun Quan", "Wu, still");
        Assert.Equal("2", (await grain.GetAsync()).ETag);
    }
}

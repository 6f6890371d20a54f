using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using SanguoOrleans.Grains.Ladder;

namespace SanguoOrleans.Grains.Tests.Ladder;

/// <summary>The in-memory silo, with ranked-table creation that tests can make fail.</summary>
public sealed class LadderSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        new InMemorySiloConfigurator().Configure(siloBuilder);
        siloBuilder.Services.AddSingleton<SwitchableTableMaker>();
        siloBuilder.Services.AddSingleton<IRankedTableMaker>(sp => sp.GetRequiredService<SwitchableTableMaker>());
    }
}

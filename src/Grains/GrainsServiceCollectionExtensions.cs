using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using SanguoOrleans.Grains.Accounts;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Ladder.Ratings;
using SanguoOrleans.Grains.Ladder;
using SanguoOrleans.Grains.Presence;
using SanguoOrleans.Grains.Roguelike;
using SanguoOrleans.Grains.Users;

namespace SanguoOrleans.Grains;

/// <summary>Registers what the grains need from their silo, apart from storage providers and the wallet store.</summary>
public static class GrainsServiceCollectionExtensions
{
    /// <summary>Adds the grains' services, with options read from <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddSanguoGrains(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<UserPersistenceOptions>(configuration.GetSection(UserPersistenceOptions.SectionName));
        services.Configure<LadderOptions>(configuration.GetSection(LadderOptions.SectionName));
        services.Configure<LadderQueueOptions>(configuration.GetSection(LadderQueueOptions.SectionName));
        services.AddSingleton<IRankedTableMaker, GrainRankedTableMaker>();
        services.Configure<RoguelikeOptions>(configuration.GetSection(RoguelikeOptions.SectionName));
        services.AddSingleton(TimeProvider.System);
        services.AddKeyedSingleton(RoguelikeOptions.ClockKey, (sp, _) => sp.GetRequiredService<TimeProvider>());
        services.AddSingleton<IPasswordHasher<AccountRecord>, PasswordHasher<AccountRecord>>();
        services.AddSingleton<PresenceReporter>();
        services.AddHostedService(sp => sp.GetRequiredService<PresenceReporter>());

        // Tables pass the engine's records (decisions, events, views) in grain calls and keep them in their state.
        services.AddSerializer(serializer => serializer.AddEngineRecords());
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;

namespace SanguoOrleans.Grains.Wallet;

/// <summary>Registers the silo's <see cref="IWalletStore"/>; a silo calls exactly one of these.</summary>
public static class WalletServiceCollectionExtensions
{
    // Keyed, so the wallet's connection pool never collides with another MySqlDataSource in the container.
    internal const string DataSourceKey = "SanguoOrleans.Wallet";

    /// <summary>Keeps balances and the ledger in MariaDB; the silo applies their schema with MySqlSchema at start.</summary>
    public static IServiceCollection AddMySqlWalletStore(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddKeyedSingleton(DataSourceKey, (_, _) => new MySqlDataSource(connectionString));
        services.AddSingleton<IWalletStore, MySqlWalletStore>();
        return services;
    }

    /// <summary>Keeps balances and the ledger in process memory: the embedded default and tests.</summary>
    public static IServiceCollection AddInMemoryWalletStore(this IServiceCollection services)
    {
        services.AddSingleton<IWalletStore, InMemoryWalletStore>();
        return services;
    }
}

using System.Text.Encodings.Web;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace SanguoOrleans.Grains.Storage;

/// <summary>Grain storage on MariaDB/MySQL the way every silo of ours uses it.</summary>
public static class MySqlGrainStorageExtensions
{
    /// <summary>
    /// Adds the AdoNet grain storage <paramref name="name"/> on MySqlConnector with readable JSON rows: System.Text.Json
    /// (which survives type renames, unlike the default format) and Chinese text stored as itself, not as \u escapes.
    /// The schema must exist first (<see cref="MySqlSchema.ApplyAsync"/>).
    /// </summary>
    public static ISiloBuilder AddMySqlGrainStorage(this ISiloBuilder silo, string name, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.AddAdoNetGrainStorage(name, storage =>
        {
            storage.Invariant = MySqlSchema.AdoInvariant;
            storage.ConnectionString = connectionString;
        });
        return silo.UseReadableJsonGrainStorage();
    }

    /// <summary>Makes System.Text.Json the grain storage format, leaving non-ASCII text unescaped.</summary>
    public static ISiloBuilder UseReadableJsonGrainStorage(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.Services.Configure<SystemTextJsonGrainStorageSerializerOptions>(
            json => json.JsonSerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        return silo;
    }
}

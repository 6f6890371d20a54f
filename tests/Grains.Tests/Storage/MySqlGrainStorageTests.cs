using System.Text;
using System.Text.Json;
using MySqlConnector;
using Orleans.Storage;

namespace SanguoOrleans.Grains.Tests.Storage;

/// <summary>Grain state through the ADO.NET provider on MariaDB, with our schema and the JSON serializer.</summary>
[Collection(MySqlStorageCollectionDefinition.Name)]
public sealed class MySqlGrainStorageTests(MySqlStorageFixture fixture)
{
    private const int OneMebibyte = 1024 * 1024;

    [Fact]
    public async Task State_larger_than_one_mebibyte_round_trips_after_deactivation()
    {
        var grain = NewProbe(out var key);
        var payload = LargePayload(minimumUtf8Bytes: OneMebibyte + OneMebibyte / 2);

        await grain.WriteAsync("Zhuge Liang", payload);
        var writer = await grain.GetAsync();
        await grain.DeactivateAsync();
        var reader = await grain.GetAsync();

        Assert.NotEqual(writer.ActivationId, reader.ActivationId);
        Assert.True(reader.RecordExists);
        Assert.Equal("1", reader.ETag);
        Assert.Equal("Zhuge Liang", reader.Name);
        Assert.Equal(payload, reader.Payload);

        var row = await ReadRowAsync(key);
        Assert.NotNull(row);
        Assert.True(row.PayloadBytes > OneMebibyte, $"stored payload is only {row.PayloadBytes} bytes");
    }

    [Fact]
    public async Task Stored_row_is_readable_json()
    {
        var grain = NewProbe(out var key);

        await grain.WriteAsync("Liu Bei", "桃园结义 oath of the peach garden");

        var row = await ReadRowAsync(key);
        Assert.NotNull(row);
        Assert.Equal(1, row.Version);
        Assert.True(row.IsValidJson);
        Assert.Equal("Liu Bei", row.NameFromSql);
        using var document = JsonDocument.Parse(row.PayloadJson!);
        Assert.Equal("桃园结义 oath of the peach garden", document.RootElement.GetProperty(nameof(ProbeState.Payload)).GetString());
    }

    [Fact]
    public async Task Write_based_on_a_stale_version_is_rejected()
    {
        var grain = NewProbe(out var key);
        await grain.WriteAsync("mine", "first");

        // Another writer (say a duplicate activation during a partition) commits first.
        await ExecuteAsync(
            """
            UPDATE OrleansStorage
            SET Version = Version + 1, PayloadBinary = @json
            WHERE ServiceId = @serviceId AND GrainTypeString = @state AND GrainIdExtensionString = @key
            """,
            key,
            ("@json", """{"Name":"theirs","Payload":"other writer"}"""));

        await Assert.ThrowsAsync<InconsistentStateException>(() => grain.WriteAsync("mine", "second"));

        var row = await ReadRowAsync(key);
        Assert.NotNull(row);
        Assert.Equal(2, row.Version);
        Assert.Equal("theirs", row.NameFromSql);

        // A fresh activation sees the winner's state and can write on top of it.
        await grain.DeactivateAsync();
        var reread = await grain.GetAsync();
        Assert.Equal("theirs", reread.Name);
        Assert.Equal("2", reread.ETag);
        await grain.WriteAsync("mine", "third");
        Assert.Equal(3, (await ReadRowAsync(key))?.Version);
    }

    [Fact]
    public async Task Racing_first_writes_create_a_single_row()
    {
        // Called at SQL level: Orleans gives no hook to pause a write half-way.
        const string RowValues = "1, 0, 0, 2, 'probe', 'race', @serviceId";

        // The first writer has inserted the row but not committed yet.
        await using var first = await fixture.OpenConnectionAsync();
        await using var firstTransaction = await first.BeginTransactionAsync();
        await using (var insert = new MySqlCommand(
            $$"""
            INSERT INTO OrleansStorage
                (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId,
                 PayloadBinary, ModifiedOn, Version)
            VALUES ({{RowValues}}, '{}', UTC_TIMESTAMP(), 1)
            """, first, firstTransaction))
        {
            insert.Parameters.AddWithValue("@serviceId", fixture.ServiceId);
            await insert.ExecuteNonQueryAsync();
        }

        // The second writer also believes no row exists (no version). READ COMMITTED
        // cannot see the uncommitted row, so only the unique key can stop it.
        var second = Task.Run(async () =>
        {
            await using var connection = await fixture.OpenConnectionAsync();
            await using var call = new MySqlCommand($$"""CALL WriteToStorage({{RowValues}}, NULL, '{}')""", connection);
            call.Parameters.AddWithValue("@serviceId", fixture.ServiceId);
            return await call.ExecuteScalarAsync();
        });

        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.False(second.IsCompleted, "the second insert should wait for the first writer's transaction");
        await firstTransaction.CommitAsync();

        // NULL is how the procedure tells Orleans "someone else won": InconsistentStateException.
        Assert.IsType<DBNull>(await second);
        await using var count = new MySqlCommand(
            "SELECT COUNT(*) FROM OrleansStorage WHERE ServiceId = @serviceId AND GrainIdExtensionString = 'race'", first);
        count.Parameters.AddWithValue("@serviceId", fixture.ServiceId);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Cleared_state_stays_cleared_after_deactivation()
    {
        var grain = NewProbe(out var key);
        await grain.WriteAsync("Cao Cao", "Wei");

        await grain.ClearAsync();

        var cleared = await grain.GetAsync();
        Assert.False(cleared.RecordExists);
        Assert.Equal("", cleared.Name);
        Assert.Equal("2", cleared.ETag);

        // The row stays (so the version sequence continues) but holds no payload.
        var row = await ReadRowAsync(key);
        Assert.NotNull(row);
        Assert.Equal(2, row.Version);
        Assert.Null(row.PayloadBytes);
        Assert.Null(row.PayloadJson);

        await grain.DeactivateAsync();
        var reread = await grain.GetAsync();
        Assert.NotEqual(cleared.ActivationId, reread.ActivationId);
        Assert.False(reread.RecordExists);
        Assert.Equal("", reread.Name);
        Assert.Equal("2", reread.ETag);

        await grain.WriteAsync("Cao Pi", "Wei again");
        Assert.Equal(3, (await ReadRowAsync(key))?.Version);
    }

    private IStorageProbeGrain NewProbe(out string key)
    {
        // A prefix keeps the key a string key: an all-digit or GUID-shaped key would be
        // stored as an integer or GUID key instead.
        key = $"probe-{Guid.NewGuid():N}";
        return fixture.Cluster.GrainFactory.GetGrain<IStorageProbeGrain>(key);
    }

    // Mixed ASCII and CJK text, so the payload exercises multi-byte UTF-8 as game text will.
    private static string LargePayload(int minimumUtf8Bytes)
    {
        const string Chunk = "三国演义 Romance of the Three Kingdoms 0123456789; ";
        var builder = new StringBuilder();
        var index = 0;
        while (Encoding.UTF8.GetByteCount(builder.ToString()) < minimumUtf8Bytes)
        {
            for (var i = 0; i < 10_000; i++)
            {
                builder.Append(Chunk).Append(index++).Append('\n');
            }
        }

        return builder.ToString();
    }

    private sealed record StoredRow(int? Version, long? PayloadBytes, string? PayloadJson, bool IsValidJson, string? NameFromSql);

    private async Task<StoredRow?> ReadRowAsync(string key)
    {
        await using var connection = await fixture.OpenConnectionAsync();
        await using var command = new MySqlCommand(
            """
            SELECT Version, LENGTH(PayloadBinary), PayloadJson, JSON_VALID(PayloadJson), JSON_VALUE(PayloadJson, '$.Name')
            FROM OrleansStorage
            WHERE ServiceId = @serviceId AND GrainTypeString = @state AND GrainIdExtensionString = @key
            """, connection);
        AddRowKey(command, key);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }

        var row = new StoredRow(
            reader.IsDBNull(0) ? null : reader.GetInt32(0),
            reader.IsDBNull(1) ? null : reader.GetInt64(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            !reader.IsDBNull(3) && reader.GetInt32(3) == 1,
            reader.IsDBNull(4) ? null : reader.GetString(4));
        Assert.False(await reader.ReadAsync(), $"more than one row stored for {key}");
        return row;
    }

    private async Task ExecuteAsync(string sql, string key, params (string Name, object Value)[] parameters)
    {
        await using var connection = await fixture.OpenConnectionAsync();
        await using var command = new MySqlCommand(sql, connection);
        AddRowKey(command, key);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private void AddRowKey(MySqlCommand command, string key)
    {
        command.Parameters.AddWithValue("@serviceId", fixture.ServiceId);
        command.Parameters.AddWithValue("@state", StorageProbeGrain.StateName);
        command.Parameters.AddWithValue("@key", key);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Gateway.Admin;
using SanguoOrleans.Gateway.Tests.Admin;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Gateway.Tests.Replays;

public class ReplayEndpointTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    // What a client of /replays reads it with: snake_case names, enums as names.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private HttpClient Http() => new() { BaseAddress = new Uri($"http://127.0.0.1:{gateway.HttpPort}/") };

    [Theory]
    [InlineData(GameMode.Identity5, 11UL)]
    [InlineData(GameMode.Identity8, 12UL)]
    public async Task Replay_of_a_finished_game_rebuilds_the_same_result_from_its_settings_seed_and_decisions(GameMode mode, ulong seed)
    {
        var tableId = TableIds.New();
        var played = await gateway.Grains.GetGrain<ITableGrain>(tableId).PlayAiGameAsync(new TableSettings("replayed", new GameSettings(mode), Seed: seed));
        Assert.True(played.Ok, played.Refusal?.Message);
        using var http = Http();

        var body = await AdminHttp.ExpectAsync(await http.GetAsync($"replays/{tableId}"), HttpStatusCode.OK);

        var game = body.GetProperty("game").Deserialize<GameSettings>(Json)!;
        var decisions = body.GetProperty("decisions").Deserialize<List<Decision>>(Json)!;
        var rebuilt = GameEngine.Replay(game, body.GetProperty("seed").GetUInt64(), decisions);
        var expected = played.Value!.Result!;
        Assert.Equal(tableId, body.GetProperty("table_id").GetString());
        Assert.Equal(seed, body.GetProperty("seed").GetUInt64());
        Assert.Equal(mode, game.Mode);
        Assert.True(rebuilt.IsOver);
        Assert.Equal((expected.Side, expected.Turns), (rebuilt.Result!.Side, rebuilt.Result.Turns));
        Assert.Equal(expected.WinningSeats, rebuilt.Result.WinningSeats);
        Assert.Equal(expected.Turns, body.GetProperty("result").GetProperty("turns").GetInt32());
    }

    [Theory]
    [InlineData("tnosuchtable1")]
    [InlineData("not.an.id")]
    public async Task Replay_of_an_unknown_table_is_404_table_not_found(string tableId)
    {
        using var http = Http();

        await AdminHttp.ExpectRefusalAsync(await http.GetAsync($"replays/{tableId}"), HttpStatusCode.NotFound, "table_not_found");
    }

    [Fact]
    public async Task Replay_of_a_table_whose_game_has_not_finished_is_404_game_not_finished()
    {
        var (_, owner) = await AdminHttp.RegisterAsync(gateway);
        var tableId = TableIds.New();
        var created = await gateway.Grains.GetGrain<ITableGrain>(tableId).CreateAsync(owner, new TableSettings("seating", new GameSettings()));
        Assert.True(created.Ok, created.Refusal?.Message);
        using var http = Http();

        await AdminHttp.ExpectRefusalAsync(await http.GetAsync($"replays/{tableId}"), HttpStatusCode.NotFound, "game_not_finished");
    }

    [Fact]
    public async Task Ai_game_endpoint_refuses_a_caller_without_the_admin_key()
    {
        using var http = Http();

        var response = await http.PostAsJsonAsync("admin/ai-games", new { mode = "identity5" });

        await AdminHttp.ExpectRefusalAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Ai_game_endpoint_plays_a_whole_game_whose_replay_is_then_served()
    {
        using var http = Http();
        http.DefaultRequestHeaders.Add(AdminOptions.KeyHeader, GatewayFixture.AdminKey);

        var played = await AdminHttp.ExpectAsync(await http.PostAsJsonAsync("admin/ai-games", new { mode = "identity8", seed = 3 }), HttpStatusCode.Created);
        var tableId = played.GetProperty("table_id").GetString()!;
        var replay = await AdminHttp.ExpectAsync(await http.GetAsync($"replays/{tableId}"), HttpStatusCode.OK);

        Assert.Equal(3UL, replay.GetProperty("seed").GetUInt64());
        Assert.Equal("identity8", replay.GetProperty("game").GetProperty("mode").GetString());
        Assert.Equal(played.GetProperty("turns").GetInt32(), replay.GetProperty("result").GetProperty("turns").GetInt32());
        Assert.NotEqual(0, replay.GetProperty("decisions").GetArrayLength());
    }
}

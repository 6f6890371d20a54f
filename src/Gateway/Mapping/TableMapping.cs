using System.Text.Json;
using Google.Protobuf;
using SanguoOrleans.Protocol;
using Engine = SanguoOrleans.Game;
using Grain = SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Gateway.Mapping;

/// <summary>Maps the table grain's records onto protocol messages; engine records travel as JSON fields.</summary>
internal static class TableMapping
{
    public static TableInfo ToProto(Grain.TableInfo info)
    {
        var proto = new TableInfo
        {
            TableId = info.TableId,
            Name = info.Settings.Name,
            Mode = ToProto(info.Settings.Game.Mode),
            Status = (TableStatus)(int)info.Status,
            OwnerUserId = info.Owner.ToString(),
            Ranked = info.Ranked,
            HasPassword = info.Settings.Password is not null,
            ResultJson = info.Result is null ? ByteString.Empty : Json(info.Result),
        };
        foreach (var seat in info.Seats)
        {
            proto.Seats.Add(new SeatInfo
            {
                Seat = seat.Seat,
                Occupant = (SeatOccupant)(int)seat.Occupant,
                UserId = seat.UserId?.ToString() ?? "",
                Ready = seat.Ready,
                AutoPlay = seat.AutoPlay,
                Online = seat.Online,
                Escaped = seat.Escaped,
            });
        }

        proto.SpectatorUserIds.AddRange(info.Spectators.Select(s => s.ToString()));
        return proto;
    }

    public static TableSummary ToProto(Grain.TableSummary summary) => new()
    {
        TableId = summary.TableId,
        Name = summary.Name,
        Mode = ToProto(summary.Mode),
        Seated = summary.Seated,
        Seats = summary.Seats,
        Status = (TableStatus)(int)summary.Status,
        HasPassword = summary.HasPassword,
        MinLevel = summary.MinLevel,
        MaxLevel = summary.MaxLevel,
    };

    public static TableSnapshot ToProto(Grain.TableSnapshot snapshot) => new()
    {
        Info = ToProto(snapshot.Info),
        Viewer = snapshot.Viewer,
        Seq = snapshot.Seq,
        ViewJson = snapshot.View is null ? ByteString.Empty : Json(snapshot.View),
        PendingJson = snapshot.Pending is null ? ByteString.Empty : Json(snapshot.Pending),
        DeadlineUnixMs = snapshot.Deadline?.ToUnixTimeMilliseconds() ?? 0,
    };

    public static GameAdvanced ToProto(Grain.TableUpdate update) => new()
    {
        TableId = update.TableId,
        Seq = update.Seq,
        EventsJson = Json(update.Events),
        PendingJson = update.Pending is null ? ByteString.Empty : Json(update.Pending),
        DeadlineUnixMs = update.Deadline?.ToUnixTimeMilliseconds() ?? 0,
        Over = update.Over,
    };

    public static Engine.Decisions.Decision ToEngine(Decision decision) => new(
        decision.RequestId,
        decision.Seat,
        decision.Pass,
        [.. decision.Cards],
        [.. decision.Targets],
        decision.Option is "" ? null : decision.Option,
        decision.Hero is "" ? null : decision.Hero);

    public static Engine.Modes.GameMode ToEngine(GameMode mode) => mode switch
    {
        GameMode.Identity8 => Engine.Modes.GameMode.Identity8,
        GameMode.Identity8DoubleRenegade => Engine.Modes.GameMode.Identity8DoubleRenegade,
        _ => Engine.Modes.GameMode.Identity5,
    };

    public static GameMode ToProto(Engine.Modes.GameMode mode) => mode switch
    {
        Engine.Modes.GameMode.Identity8 => GameMode.Identity8,
        Engine.Modes.GameMode.Identity8DoubleRenegade => GameMode.Identity8DoubleRenegade,
        _ => GameMode.Identity5,
    };

    public static ByteString Json<T>(T value) => ByteString.CopyFrom(JsonSerializer.SerializeToUtf8Bytes(value, ProtocolJson.Options));
}

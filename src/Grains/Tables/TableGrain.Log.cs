using Microsoft.Extensions.Logging;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Grains.Interfaces;

namespace SanguoOrleans.Grains.Tables;

internal sealed partial class TableGrain
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Table {TableId}: {Operation} refused: {Code} {Message}")]
    private static partial void LogRefused(ILogger logger, string tableId, string operation, RefusalCode code, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "Table {TableId}: a write failed; the change was refused")]
    private static partial void LogWriteFailed(ILogger logger, string tableId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Table {TableId}: could not reload state after a failed write; deactivating")]
    private static partial void LogReloadFailed(ILogger logger, string tableId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Table {TableId}: game started, seed {Seed}")]
    private static partial void LogStarted(ILogger logger, string tableId, ulong seed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Table {TableId}: resumed by replaying {Decisions} decisions")]
    private static partial void LogResumed(ILogger logger, string tableId, int decisions);

    [LoggerMessage(Level = LogLevel.Information, Message = "Table {TableId}: game over, {Side} won after {Turns} turns, {Decisions} decisions")]
    private static partial void LogFinished(ILogger logger, string tableId, WinningSide side, int turns, int decisions);

    [LoggerMessage(Level = LogLevel.Information, Message = "Table {TableId}: seat {Seat} missed {Misses} deadlines in a row and is now auto-played")]
    private static partial void LogAutoPlayForced(ILogger logger, string tableId, int seat, int misses);

    [LoggerMessage(Level = LogLevel.Information, Message = "Table {TableId}: user {UserId} left seat {Seat} during the game (escape)")]
    private static partial void LogEscaped(ILogger logger, string tableId, Guid userId, int seat);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Table {TableId}: reporting the result failed; retrying later")]
    private static partial void LogReportFailed(ILogger logger, string tableId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Table {TableId}: ranked player {UserId} is at another table; seated anyway")]
    private static partial void LogRankedPlayerElsewhere(ILogger logger, string tableId, Guid userId);
}

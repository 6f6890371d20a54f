namespace SanguoOrleans.Grains.Tables;

/// <summary>
/// A user's place in the tables world, written before the call that changes it returns: the table they are at, so
/// that "already at another table" survives a deactivation, and the tables whose result was recorded, so that a
/// table re-sending its report after a failure is counted once.
/// </summary>
[GenerateSerializer, Alias("sanguo.UserTableState")]
internal sealed class UserTableState
{
    /// <summary>
    /// How many recorded tables are remembered. A table re-sends its report only until one went through, seconds
    /// later, so the most recent ids are all that a repeat can name.
    /// </summary>
    public const int RecordedTablesKept = 64;

    [Id(0)] public string? CurrentTable { get; set; }

    /// <summary>Most recent last.</summary>
    [Id(1)] public List<string> RecordedTables { get; set; } = [];

    /// <summary>Remembers <paramref name="tableId"/> as recorded, forgetting the oldest beyond <see cref="RecordedTablesKept"/>.</summary>
    public void Recorded(string tableId)
    {
        RecordedTables.Add(tableId);
        if (RecordedTables.Count > RecordedTablesKept)
        {
            RecordedTables.RemoveRange(0, RecordedTables.Count - RecordedTablesKept);
        }
    }
}

using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Ladder;

/// <summary>Makes a match's ranked table; a seam so that table failures can be provoked.</summary>
internal interface IRankedTableMaker
{
    /// <summary>Creates the table <paramref name="tableId"/> for the request.</summary>
    Task<Outcome<TableInfo>> CreateAsync(string tableId, RankedTableRequest request);
}

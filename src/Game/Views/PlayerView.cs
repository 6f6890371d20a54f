namespace SanguoOrleans.Game.Views;

/// <summary>
/// A per-viewer snapshot (reconnection, spectators, AI input). Never contains a card the viewer may not see:
/// no other player's hand, no draw pile order.
/// </summary>
/// <param name="Viewer">The viewing seat, −1 for a spectator.</param>
/// <param name="CurrentSeat">Whose turn it is.</param>
/// <param name="Phase">Current phase name.</param>
/// <param name="Turn">Turn number.</param>
/// <param name="DrawPileCount">Cards in the draw pile.</param>
/// <param name="DiscardPileCount">Cards in the discard pile.</param>
/// <param name="Processing">Cards in the processing area (public).</param>
/// <param name="Seats">Every seat.</param>
/// <param name="Winner">Winning side once over, else null.</param>
public sealed record PlayerView(
    int Viewer,
    int CurrentSeat,
    string Phase,
    int Turn,
    int DrawPileCount,
    int DiscardPileCount,
    IReadOnlyList<int> Processing,
    IReadOnlyList<SeatView> Seats,
    string? Winner);

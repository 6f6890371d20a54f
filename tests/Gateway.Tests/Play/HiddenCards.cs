using SanguoOrleans.Protocol;

namespace SanguoOrleans.Gateway.Tests.Play;

/// <summary>Checks, on the messages as sent, that a connection was never sent a card its player may not see.</summary>
internal static class HiddenCards
{
    /// <summary>Fails on any push that names a card held in another player's hand or in the draw pile.</summary>
    public static void AssertNoneLeaked(int viewer, IEnumerable<ServerMessage> pushes)
    {
        foreach (var push in pushes)
        {
            if (push.BodyCase == ServerMessage.BodyOneofCase.TableResynced)
            {
                AssertViewShowsOnlyOwnHand(push.TableResynced);
            }

            if (push.BodyCase != ServerMessage.BodyOneofCase.GameAdvanced)
            {
                continue;
            }

            foreach (var e in push.GameAdvanced.Events)
            {
                if (e.Kind == EventKind.CardsMoved && Hidden(e.From, e.FromSeat, viewer) && Hidden(e.To, e.ToSeat, viewer))
                {
                    Assert.True(e.Cards.Count == 0, $"seat {viewer} saw the ids of cards moving between hidden zones: {e}");
                }

                if (e.Kind == EventKind.CardsSeen && e.Seat != viewer)
                {
                    Assert.True(e.Cards.Count == 0, $"seat {viewer} saw the draw pile cards another seat looked at: {e}");
                }
            }

            if (push.GameAdvanced.Pending is { } request)
            {
                Assert.Equal(viewer, request.Seat);
            }
        }
    }

    /// <summary>Fails when a view shows any hand but the viewer's own.</summary>
    public static void AssertViewShowsOnlyOwnHand(TableSnapshot snapshot)
    {
        if (snapshot.View is not { } view)
        {
            return;
        }

        Assert.All(view.Seats.Where(s => s.Seat != snapshot.Viewer), s => Assert.Empty(s.Hand));
    }

    private static bool Hidden(ZoneKind zone, int seat, int viewer) => zone == ZoneKind.DrawPile || (zone == ZoneKind.Hand && seat != viewer);
}

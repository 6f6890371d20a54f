using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Ladder;

namespace SanguoOrleans.Grains.Ladder;

/// <summary>
/// Rating bands: with borders configured for a ladder (<see cref="LadderQueueOptions.BandBorders"/>), the ladder's own
/// queue holds no tickets and routes each player to the queue of their band ("doubles/b0", "doubles/b1", …), each its
/// own activation ticking on its own, so a crowded ladder's matching spreads over cores and silos. A player stays with
/// the band first chosen for them; a team goes to the inviter's band.
/// </summary>
internal sealed partial class LadderQueueGrain
{
    private readonly Dictionary<Guid, ILadderQueueGrain> _routes = [];
    private double[]? _borders;

    private bool Routes => _borders is not null;

    private void ReadBands() =>
        _borders = Ladder == _type.Name && _options.BandBorders.TryGetValue(_type.Name, out var borders) && borders.Length > 0 ? borders : null;

    private async Task<ILadderQueueGrain> BandOfAsync(Guid user)
    {
        if (_routes.TryGetValue(user, out var routed))
        {
            return routed;
        }

        var rating = await RatingAsync(user);
        var band = 0;
        while (band < _borders!.Length && rating >= _borders[band])
        {
            band++;
        }

        return GrainFactory.GetGrain<ILadderQueueGrain>(LadderNames.QueueKey(_type.Name, "b" + band));
    }

    private async Task<Outcome<LadderStatus>> RouteEnqueueAsync(Guid user)
    {
        var band = await BandOfAsync(user);
        var queued = await band.EnqueueAsync(user);
        if (queued.Ok)
        {
            _routes[user] = band;
        }

        return queued;
    }

    private async Task<Outcome<LadderStatus>> RouteInviteAsync(Guid user, Guid invitee)
    {
        var band = await BandOfAsync(user);
        if (_routes.TryGetValue(invitee, out var theirs) && !theirs.Equals(band) && (await theirs.GetStatusAsync(invitee)).State == LadderQueueState.Queued)
        {
            return Refuse(RefusalCode.AlreadyQueued, "The invited user is waiting in the queue already.");
        }

        var invited = await band.InviteAsync(user, invitee);
        if (invited.Ok)
        {
            _routes[user] = band;
            _routes[invitee] = band;
        }

        return invited;
    }

    /// <summary>The band queue that holds the user's ticket or invitation, when this queue routes.</summary>
    private ILadderQueueGrain? RouteOf(Guid user) => Routes ? _routes.GetValueOrDefault(user) : null;
}

using SanguoOrleans.Cli.Commands.Bots;

namespace SanguoOrleans.Cli.Commands.Play;

/// <summary>What a screen waits for: a typed line or a server push, whichever comes first.</summary>
internal sealed class LinesAndPushes(InputLines input, GameClient client, CancellationToken cancellationToken)
{
    private Task<bool>? _line = input.WaitAsync(cancellationToken);
    private Task<bool> _push = client.Pushes.WaitToReadAsync(cancellationToken).AsTask();

    /// <summary>
    /// True when pushes are ready to read (<see cref="GameClient.Pushes"/>) or lines (<see cref="InputLines.TryRead"/>);
    /// false once the connection has ended. When the input ends, only pushes are waited for.
    /// </summary>
    public async Task<bool> WaitAsync()
    {
        while (true)
        {
            var ready = _line is null ? _push : await Task.WhenAny(_line, _push).ConfigureAwait(false);
            if (ready == _push)
            {
                if (!await _push.ConfigureAwait(false))
                {
                    return false;
                }

                _push = client.Pushes.WaitToReadAsync(cancellationToken).AsTask();
                return true;
            }

            var more = await _line!.ConfigureAwait(false);
            _line = more ? input.WaitAsync(cancellationToken) : null;
            if (more)
            {
                return true;
            }
        }
    }
}

using SanguoOrleans.Cli.Commands.Bots;
using SanguoOrleans.Protocol;
using Body = SanguoOrleans.Protocol.ServerMessage.BodyOneofCase;

namespace SanguoOrleans.Cli.Commands.Play;

/// <summary>The chat of the table being played, in the terminal: its recent lines on arrival, then each line by seat.</summary>
internal sealed class TableChat(GameClient client, TextWriter output, TableInfo table, string userId)
{
    private const int HistoryShown = 5;

    /// <summary>The table's channel name; its <c>chat_message</c> pushes are this chat's.</summary>
    public string Channel { get; } = "table:" + table.TableId;

    /// <summary>Starts the channel's pushes on this connection and prints its last few lines.</summary>
    public async Task JoinAsync(CancellationToken cancellationToken)
    {
        var reply = await client.RequestAsync(new ClientMessage { JoinChat = new JoinChatRequest { Channel = Channel } }, cancellationToken).ConfigureAwait(false);
        if (reply.BodyCase == Body.ChatHistory)
        {
            foreach (var message in reply.ChatHistory.Messages.TakeLast(HistoryShown))
            {
                await PrintAsync(message).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Sends a line; the channel pushes it back to everyone, this player included.</summary>
    public async Task SayAsync(string text, CancellationToken cancellationToken) =>
        output.PrintRefusal(await client.RequestAsync(new ClientMessage { SendChat = new SendChatRequest { Channel = Channel, Text = text } }, cancellationToken).ConfigureAwait(false));

    /// <summary>Stops the channel's pushes on this connection.</summary>
    public async Task LeaveAsync(CancellationToken cancellationToken) =>
        await client.RequestAsync(new ClientMessage { LeaveChat = new LeaveChatRequest { Channel = Channel } }, cancellationToken).ConfigureAwait(false);

    /// <summary>Prints one chat line, naming its sender by seat.</summary>
    public Task PrintAsync(ChatMessage message) => output.WriteLineAsync($"[chat] {Sender(message.SenderUserId)}: {message.Text}");

    private string Sender(string sender) =>
        sender == userId ? "you"
        : table.Seats.FirstOrDefault(s => s.UserId == sender) is { } seat ? $"seat {seat.Seat}"
        : "a spectator";
}

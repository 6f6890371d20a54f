namespace SanguoOrleans.Cli.Commands.Bots;

/// <summary>A bot's request was refused where the run cannot go on (setting up a table or an account).</summary>
public sealed class BotException : Exception
{
    public BotException()
        : base("A bot request was refused.")
    {
    }

    public BotException(string message)
        : base(message)
    {
    }

    public BotException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

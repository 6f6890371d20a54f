namespace SanguoOrleans.Grains.Interfaces.Chat;

/// <summary>A connection listening to chat channels.</summary>
public interface IChatObserver : IGrainObserver
{
    /// <summary>A message was said in a channel the observer joined.</summary>
    Task Received(ChatMessage message);
}

/// Placeholder: the terminal browser lives here.
public enum SitrepTUIPlaceholder {}

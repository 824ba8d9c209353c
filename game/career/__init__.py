"""The career model: profile, content and labour-market data, scoring, search, options,
feedback, share link and passport. Pure where it can be: no pygame."""

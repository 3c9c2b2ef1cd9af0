"""quoteapi: find quotations in news text and who said them."""
from .nlp.extract import extract

__all__ = ["extract", "__version__"]
__version__ = "0.1.0"

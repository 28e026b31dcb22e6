"""The catalogue: tariffs, options, family plans as typed data; the file schema; loading a folder."""

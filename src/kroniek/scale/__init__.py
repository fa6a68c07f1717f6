"""Corpus-size runs on Dask: ``kroniek batch`` (see docs/scale.md).

* :mod:`.inputs`: inputs (files, directories, fsspec URLs; WARC and JSONL) -> stable partitions;
* :mod:`.worker`: per-process pipeline, partition analysis, atomic Parquet shards;
* :mod:`.schema`: Arrow schemas of the shards, derived from the kroniek/1 dataclasses;
* :mod:`.run`: the cluster, the task graph, progress and the summary; :mod:`.load` reads shards back.
"""

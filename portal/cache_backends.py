"""A Redis cache that the site can live without.

When Redis is unreachable or silent, every call gives up after the client's socket timeout and
behaves like a miss (reads return the default, writes do nothing), so pages are built from the
database. After a failure the backend does not try Redis again for RETRY_AFTER seconds, so a
silent Redis costs one timeout per worker per interval, not one per cache call.
"""

import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

RETRY_AFTER = 5.0
FAILURES = (RedisConnectionError, RedisTimeoutError, OSError)


def _tolerant(fallback):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            if time.monotonic() < self._down_until:
                return fallback(*args, **kwargs)
            try:
                return method(self, *args, **kwargs)
            except FAILURES as error:
                logger.warning("Cache unavailable, serving without it: %s", error)
                self._down_until = time.monotonic() + RETRY_AFTER
                return fallback(*args, **kwargs)

        return wrapper

    return decorate


def _default(key, default=None, *args, **kwargs):
    return default


def _nothing(*args, **kwargs):
    return None


def _false(*args, **kwargs):
    return False


def _empty(*args, **kwargs):
    return {}


def _list(keys, *args, **kwargs):
    return list(keys)


class ReusedClient(RedisCacheClient):
    """Django makes a new redis.Redis object for every cache call (a third of a cached page's
    time went there); one per connection pool serves every call, as redis-py intends."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    _down_until = 0.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClient

    get = _tolerant(_default)(RedisCache.get)
    set = _tolerant(_nothing)(RedisCache.set)
    add = _tolerant(_false)(RedisCache.add)
    touch = _tolerant(_false)(RedisCache.touch)
    delete = _tolerant(_false)(RedisCache.delete)
    has_key = _tolerant(_false)(RedisCache.has_key)
    get_many = _tolerant(_empty)(RedisCache.get_many)
    set_many = _tolerant(_list)(RedisCache.set_many)
    delete_many = _tolerant(_nothing)(RedisCache.delete_many)
    clear = _tolerant(_false)(RedisCache.clear)
    # A counter that cannot be read is treated as missing, as callers of incr() expect.
    incr = _tolerant(lambda key, *a, **k: _raise_missing(key))(RedisCache.incr)


def _raise_missing(key):
    raise ValueError(f"Key '{key}' not found (cache unavailable)")


def _add_many_redis(self, items):
    client = self._cache.get_client(write=True)
    pipe = client.pipeline(transaction=False)
    keys = []
    for key, timeout in items:
        keys.append(key)
        pipe.set(self.make_and_validate_key(key), 1, ex=max(1, int(timeout)), nx=True)
    return {key for key, added in zip(keys, pipe.execute(), strict=True) if added}


def _incr_many_redis(self, deltas, timeout):
    client = self._cache.get_client(write=True)
    pipe = client.pipeline(transaction=False)
    keys = list(deltas)
    for key in keys:
        full = self.make_and_validate_key(key)
        pipe.incrby(full, deltas[key])
        if timeout:
            pipe.expire(full, max(1, int(timeout)), nx=True)
    results = pipe.execute()[:: 2 if timeout else 1]
    return dict(zip(keys, results, strict=True))


ResilientRedisCache.add_many = _tolerant(lambda items, *a, **k: set())(_add_many_redis)
ResilientRedisCache.incr_many = _tolerant(lambda deltas, *a, **k: {})(_incr_many_redis)


def add_many(cache, items):
    """Add each (key, timeout) of `items` that the cache does not hold: the keys it added.
    One round trip on Redis (a pipeline), whatever the number of keys."""
    if hasattr(cache, "add_many"):
        return cache.add_many(items)
    return {key for key, timeout in items if cache.add(key, 1, timeout)}


def incr_many(cache, deltas, timeout=None):
    """Add each delta to its counter (made with `timeout` when missing): the new values."""
    if hasattr(cache, "incr_many"):
        return cache.incr_many(deltas, timeout)
    values = {}
    for key, delta in deltas.items():
        try:
            values[key] = cache.incr(key, delta)
        except ValueError:
            if cache.add(key, delta, timeout):
                values[key] = delta
            else:
                values[key] = cache.incr(key, delta)
    return values

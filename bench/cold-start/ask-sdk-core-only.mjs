// Cold start floor of an ES module skill: a process that imports ask-sdk-core and builds nothing.
import 'ask-sdk-core';

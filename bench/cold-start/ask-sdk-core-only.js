// Cold start floor: a process that loads ask-sdk-core and builds nothing.
require('ask-sdk-core');
